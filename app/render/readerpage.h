#pragma once

#include <QByteArray>
#include <QString>

namespace Quoteshelf::Library {
struct ArticleRecord;
}

namespace Quoteshelf::Render {

// How the reader wants the article to look; everything the page's CSS variables take.
struct ReaderStyle
{
    QString theme = QStringLiteral("light"); // light, sepia, dark
    QString font = QStringLiteral("serif");  // serif or sans
    int fontSizePx = 19;
    double lineHeight = 1.6;
    double widthEm = 42.0;
};

// Turns a stored article into the complete reader page served at quoteshelf://article/ID/.
// The page carries a Content-Security-Policy that allows nothing but the app's own scheme and
// data:/blob: images, and turns DNS prefetching off.
// Code blocks are highlighted when a HighlightService is given.
class HighlightService;
QByteArray renderReaderPage(const Library::ArticleRecord &article, const ReaderStyle &style,
                            HighlightService *highlighter = nullptr);

// "6 min read" from a word count (about 230 words a minute).
int readingMinutes(int wordCount);

} // namespace Quoteshelf::Render

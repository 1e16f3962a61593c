#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QString>

namespace Quoteshelf::Library {

class Database;

// The reader's highlights in the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/),
// the one open format for annotations: Hypothesis speaks it, and it carries a library's highlights,
// notes, tags and colours to another library or another tool.
//
// Offsets (TextPositionSelector start/end) count Unicode code points of the article's plain text
// as the library stores it (article_content.text, see Core::TextOffsets), not UTF-16 units: the
// same numbers the highlights table holds, and the characters the W3C model counts. Other tools
// count differently (Hypothesis in UTF-16 units of the page as the browser showed it), so import
// takes a position as a hint only; the quote and its context decide.
namespace WebAnnotations {

inline constexpr auto Context = "http://www.w3.org/ns/anno.jsonld";
// A target's source when the article has no web address: the app's own link form.
QString articleIri(qint64 articleId);
// Each highlight's stable id: the link that opens it (quoteshelf://article/ID#h-HIGHLIGHT).
QString highlightIri(qint64 articleId, qint64 highlightId);

} // namespace WebAnnotations

// Builds one JSON-LD AnnotationCollection (its first AnnotationPage holds every annotation) from
// the highlights of some articles or of the whole library. Reads only.
class WebAnnotationExporter final
{
    Q_DISABLE_COPY_MOVE(WebAnnotationExporter)

public:
    explicit WebAnnotationExporter(Database *database) : m_database(database) { }

    // articleIds empty: every article. Articles in id order, each one's highlights in text order
    // (orphans last, with the selector they had).
    QJsonDocument document(const QList<qint64> &articleIds = {});
    int annotationCount() const { return m_annotations; } // of the last document()
    int articleCount() const { return m_articles; } // articles with at least one highlight
    QString errorString() const { return m_error; } // non-empty when the library could not be read

private:
    Database *m_database = nullptr;
    int m_annotations = 0;
    int m_articles = 0;
    QString m_error;
};

// What importing an annotation file did.
struct WebAnnotationImportReport
{
    QString file;
    int imported = 0; // anchored in an article's text and stored
    int orphaned = 0; // stored, but their quote is not in the article any more (kept as orphans)
    int alreadyPresent = 0; // the same highlight (range, note, tags, colour) was there: nothing changed
    int noArticle = 0; // for a page that is not in the library: counted, not stored
    int skipped = 0; // no quoted text to anchor (page notes, replies): not stored
    QString error; // names the file and the problem; the library is then unchanged
    QList<qint64> articleIds; // articles that got highlights
    bool ok() const { return error.isEmpty(); }
    int stored() const { return imported + orphaned; }
};

// Reads a W3C annotation document (an AnnotationCollection with embedded pages, an
// AnnotationPage, one Annotation or an array of them) or a Hypothesis export (an array, {rows} or
// {annotations} of its annotations) and attaches each annotation to the article from the same web
// address (or the quoteshelf://article/ID it names), anchored by its TextQuoteSelector with the
// fuzzy anchoring of re-import. All writes are one transaction; importing the same file again
// changes nothing.
class WebAnnotationImporter final
{
    Q_DISABLE_COPY_MOVE(WebAnnotationImporter)

public:
    explicit WebAnnotationImporter(Database *database) : m_database(database) { }

    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    WebAnnotationImportReport importFile(const QString &path);
    // name: how messages call the data (the file name).
    WebAnnotationImportReport importData(const QByteArray &data, const QString &name);

private:
    Database *m_database = nullptr;
};

} // namespace Quoteshelf::Library

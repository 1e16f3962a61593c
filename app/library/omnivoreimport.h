#pragma once

#include "library/importservice.h"

#include <QString>

namespace Quoteshelf::Import {
struct OmnivoreItem;
}

namespace Quoteshelf::Library {

class Database;
class ArticleRepository;
class HighlightRepository;

// What importing one article of an Omnivore export did.
struct OmnivoreOutcome
{
    ImportOutcome article;
    bool fromHighlights = false; // no content in the export: the article is its highlights, as Markdown
    bool fetched = false; // no content in the export: fetched from its URL
    int highlights = 0; // anchored and stored
    int orphaned = 0; // stored as orphans: their quote is not in the article's text
    int alreadyPresent = 0;
    bool ok() const { return article.ok(); }
};

// Stores the articles of an Omnivore export (see Import::Omnivore): each one read from its
// exported page like a saved page, with the export's URL as its source, its labels as tags and
// its archived state; then its highlights and notes attached through the annotation import
// (anchored by their quoted text; what cannot be anchored is kept as an orphan). Importing the
// same export again changes nothing.
class OmnivoreImporter final
{
    Q_DISABLE_COPY_MOVE(OmnivoreImporter)

public:
    OmnivoreImporter(Database *database, ArticleRepository *articles, HighlightRepository *highlights)
        : m_database(database), m_articles(articles), m_highlights(highlights)
    {
    }

    // fetchMissing: an article whose content was not exported is fetched from its URL, else it is
    // made of its highlights.
    void setFetchMissing(bool fetch) { m_fetchMissing = fetch; }

    OmnivoreOutcome importItem(const Import::OmnivoreItem &item);

private:
    Database *m_database = nullptr;
    ArticleRepository *m_articles = nullptr;
    HighlightRepository *m_highlights = nullptr;
    bool m_fetchMissing = false;
};

} // namespace Quoteshelf::Library

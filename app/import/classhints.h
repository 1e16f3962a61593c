#pragma once

#include <QString>

namespace Quoteshelf::Import {

struct DomNode;

// What the class, id and role of an element say it is, when they name page furniture. CMS themes
// name their boxes after what they hold ("related-posts", "share-bar", "author-bio",
// "wp-caption-text", "sr-only"); the names are split into words ("relatedPosts" and
// "related_posts" give "related", "posts") and matched word by word, so "shadow" never reads as
// "ad" and "headline" never as "ad" or "line".
namespace ClassHints {

enum class Hint {
    None,
    Hidden,     // screen-reader-only text, tooltips, hover cards
    Share,      // share bars, social links
    Related,    // related links, recommendations, read-more boxes
    Newsletter, // newsletter, subscription, sign-up and promotion boxes
    Tags,       // tag and category lists
    AuthorBio,  // the author's box or biography
    Meta,       // bylines, datelines, dates, post metadata
    Copyright,  // copyright, disclaimers, licences
    Comments,   // comments and comment forms
    Rating,     // ratings and votes
    Advert,     // advertising and sponsored content
    Caption,    // an image caption
    Credit,     // an image credit
    Gallery,    // slideshows, carousels, galleries
    Navigation, // breadcrumbs, menus, pagination, previous/next links
};

Hint hintOf(const DomNode *node);
// The words of a class or id name, lower-case: "relatedPosts__item" -> related, posts, item.
QStringList words(const QString &name);
QString hintName(Hint hint);
// Whether the class or id names the summary set under a story's headline ("standfirst", "dek",
// "subheadline"): a name that only means something at the start of the story.
bool isStandfirst(const DomNode *node);
// Whether the class or id names the opening paragraph set apart above a story's body ("lead",
// "intro", "teaser", "chapo", "bajada", "vorspann", "entradilla"): the first paragraph of the story.
bool isLead(const DomNode *node);

} // namespace ClassHints

} // namespace Quoteshelf::Import

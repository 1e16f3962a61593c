#pragma once

#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace Quoteshelf::Import {

// The small tools the text tests of BoilerplateText share: case-free patterns, word sets, the
// words of a line and how many there are.
namespace BoilerplateWords {

// A pattern matched without regard to case, Unicode properties on (\p{L} matches any letter).
QRegularExpression caseless(const char *pattern);
QRegularExpression caseless(const QString &pattern);
QSet<QString> wordSet(std::initializer_list<const char *> words);
// The words of text, lower-case: letters and digits, with apostrophes inside ("aujourd'hui").
QStringList tokens(const QString &text);
// The number of tokens() without building them: every test calls it first, on every block.
int wordCount(const QString &text);
// A name: one to five words, each capitalised or a particle ("de", "van", "bin").
bool isNameLike(const QString &part);
bool hasDigit(const QString &text);

} // namespace BoilerplateWords

} // namespace Quoteshelf::Import

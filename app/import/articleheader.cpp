#include "import/articleheader.h"

#include "import/boilerplatetext.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

namespace Quoteshelf::Import::ArticleHeader {

namespace {

QRegularExpression ci(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::CaseInsensitiveOption
                                                              | QRegularExpression::UseUnicodePropertiesOption);
}

// Letters and digits only, lower-case: "The Hill" and "TheHill" and "thehill" are one name.
QString squeeze(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

QStringList words(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

int monthNumber(const QString &word)
{
    // The months of the languages the byline and date-line tests know (English, German, French,
    // Spanish, Dutch, Italian), full and abbreviated.
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        const char *names[12][8] = {
            {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "gennaio"},
            {"february", "feb", "februar", "février", "févr", "febrero", "febbraio", "februari"},
            {"march", "mar", "märz", "mars", "marzo", "maart", "mär", ""},
            {"april", "apr", "avril", "avr", "abril", "aprile", "", ""},
            {"may", "mai", "mayo", "maggio", "mei", "", "", ""},
            {"june", "jun", "juni", "juin", "junio", "giugno", "", ""},
            {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", ""},
            {"august", "aug", "août", "agosto", "augustus", "", "", ""},
            {"september", "sep", "sept", "septembre", "septiembre", "settembre", "", ""},
            {"october", "oct", "oktober", "octobre", "octubre", "ottobre", "okt", ""},
            {"november", "nov", "novembre", "noviembre", "", "", "", ""},
            {"december", "dec", "dezember", "décembre", "déc", "diciembre", "dicembre", "dez"},
        };
        for (int i = 0; i < 12; ++i) {
            for (const char *name : names[i]) {
                if (*name)
                    m.insert(QString::fromUtf8(name), i + 1);
            }
        }
        return m;
    }();
    QString key = word.toLower();
    key.remove(QLatin1Char('.'));
    return months.value(key, 0);
}

QTime writtenTime(const QString &text)
{
    static const QRegularExpression time(ci(R"(\b([0-2]?\d)[:h]([0-5]\d)\s*(a\.?m\.?|p\.?m\.?)?(?!\d))"));
    const auto match = time.match(text);
    if (!match.hasMatch())
        return {};
    int hour = match.captured(1).toInt();
    const QString half = match.captured(3).toLower();
    if (half.startsWith(QLatin1Char('p')) && hour < 12)
        hour += 12;
    else if (half.startsWith(QLatin1Char('a')) && hour == 12)
        hour = 0;
    return QTime(hour, match.captured(2).toInt());
}

// A name: one to six words, each capitalised, an initial or a particle ("de", "van", "bin").
bool isNameLike(const QString &text)
{
    static const QStringList particles{QStringLiteral("de"),  QStringLiteral("van"), QStringLiteral("von"),
                                       QStringLiteral("der"), QStringLiteral("den"), QStringLiteral("da"),
                                       QStringLiteral("di"),  QStringLiteral("du"),  QStringLiteral("la"),
                                       QStringLiteral("le"),  QStringLiteral("bin"), QStringLiteral("al"),
                                       QStringLiteral("el"),  QStringLiteral("y"),   QStringLiteral("and"),
                                       QStringLiteral("und"), QStringLiteral("et"),  QStringLiteral("&")};
    const QStringList w = words(text);
    if (w.isEmpty() || w.size() > 6)
        return false;
    for (const QString &word : w) {
        if (!word.front().isUpper() && !particles.contains(word))
            return false;
    }
    return true;
}

} // namespace

QDateTime parseWrittenDate(const QString &text)
{
    const QString simple = text.simplified();
    if (simple.isEmpty())
        return {};
    const QTime time = writtenTime(simple);
    const auto at = [&time](const QDate &date) {
        if (!date.isValid())
            return QDateTime();
        return time.isValid() ? QDateTime(date, time) : QDateTime(date, QTime(0, 0), QTimeZone::UTC);
    };
    static const QRegularExpression iso(QStringLiteral(R"(\b(\d{4})-(\d\d)-(\d\d)\b)"));
    if (const auto m = iso.match(simple); m.hasMatch())
        return at(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    static const QRegularExpression dotted(QStringLiteral(R"(\b([0-3]?\d)\.([01]?\d)\.(\d{4})\b)"));
    if (const auto m = dotted.match(simple); m.hasMatch())
        return at(QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt()));
    // "November 19, 2019" and "19 November 2019", "7. Oktober 2020".
    static const QRegularExpression monthFirst(ci(R"((\p{L}+)\.?\s+([0-3]?\d)(?:st|nd|rd|th)?,?\s+(\d{4})\b)"));
    static const QRegularExpression dayFirst(ci(R"(\b([0-3]?\d)\.?\s+(\p{L}+)\.?,?\s+(\d{4})\b)"));
    for (auto it = monthFirst.globalMatch(simple); it.hasNext();) {
        const auto m = it.next();
        if (const int month = monthNumber(m.captured(1)))
            return at(QDate(m.captured(3).toInt(), month, m.captured(2).toInt()));
    }
    for (auto it = dayFirst.globalMatch(simple); it.hasNext();) {
        const auto m = it.next();
        if (const int month = monthNumber(m.captured(2)))
            return at(QDate(m.captured(3).toInt(), month, m.captured(1).toInt()));
    }
    return {};
}

Byline parseByline(const QString &raw)
{
    // A byline block set over several lines ("By Jane Doe" / "March 3, 2024" / "Health News"):
    // the name is on the first line that gives one, the date on any.
    if (raw.contains(QLatin1Char('\n'))) {
        Byline result;
        for (const QString &line : raw.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const Byline part = parseByline(line.simplified());
            if (result.name.isEmpty())
                result.name = part.name;
            if (!result.date.isValid())
                result.date = part.date;
        }
        return result;
    }
    Byline result;
    QString text = raw.simplified();
    // Credits for other work ("Edited by", "Additional reporting by") follow the author.
    static const QRegularExpression others(
        ci(R"(\s+(?:edited|editing|additional reporting|photos?|photographs|illustrations?|bearbeitet)\b.*$)"));
    text.remove(others);
    // "by By Jane Doe", "Written by", "Von", "Par": the word before the name, once or twice.
    static const QRegularExpression by(ci(R"(^(?:(?:written|posted|reported|words|text|story|geschrieben|écrit|)"
                                          R"(escrito)\s+)?(?:by|von|par|por|door|av|przez|author|autor|auteur)\b\s*:?\s*)"));
    for (int i = 0; i < 3; ++i) {
        const auto match = by.match(text);
        if (!match.hasMatch() || match.capturedLength() == 0)
            break;
        text = text.mid(match.capturedEnd());
    }
    // A name glued to a date or a counter by the page's markup ("Jane Doe22 Dec 2016651").
    static const QRegularExpression glued(QStringLiteral(R"(^(\D*\p{Ll})(\d.*)$)"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    if (const auto match = glued.match(text); match.hasMatch() && isNameLike(match.captured(1))) {
        result.date = parseWrittenDate(match.captured(2));
        text = match.captured(1);
    }
    // A date after the name, or a line that is only a date ("Last Updated: January 7, 2025").
    const QStringList w = words(text);
    qsizetype offset = 0;
    for (qsizetype i = 0; i < w.size(); ++i) {
        const QString rest = text.mid(offset);
        if (BoilerplateText::isDateLine(rest)) {
            if (!result.date.isValid())
                result.date = parseWrittenDate(rest);
            text = text.left(offset);
            break;
        }
        offset = text.indexOf(QLatin1Char(' '), offset) + 1;
        if (offset <= 0)
            break;
    }
    static const QRegularExpression edges(QStringLiteral(R"(^[\s,;|•·–—-]+|[\s,;|•·–—-]+$)"));
    text.remove(edges);
    // A sentence is not a byline: names have few lower-case words ("Contributors to Wikimedia
    // projects", "Martin Untersinger (avec Damien Leloup)"), sentences many.
    int lowerCase = 0;
    for (const QString &word : words(text))
        lowerCase += word.front().isLower() ? 1 : 0;
    static const QRegularExpression notAName(ci(R"(^(?:follow|share|subscribe|email|e-mail|more|read|see|view)\b)"));
    if (words(text).size() > 12 || lowerCase > 3 || notAName.match(text).hasMatch())
        text.clear();
    result.name = text;
    return result;
}

QString stripDecoration(const QString &title, const QString &siteName, const QString &byline, const QString &host,
                        const QStringList &headings)
{
    static const QRegularExpression separator(QStringLiteral(R"(\s+(?:\||-|–|—|·|•|»|«|::)\s+)"));
    struct Part
    {
        qsizetype start;
        qsizetype end;
    };
    QList<Part> parts;
    qsizetype from = 0;
    for (auto it = separator.globalMatch(title); it.hasNext();) {
        const auto m = it.next();
        parts.append({from, m.capturedStart()});
        from = m.capturedEnd();
    }
    parts.append({from, title.size()});
    if (parts.size() < 2)
        return title;

    QString hostLabel = host.toLower();
    if (hostLabel.startsWith(QLatin1String("www.")))
        hostLabel = hostLabel.mid(4);
    hostLabel = hostLabel.section(QLatin1Char('.'), -2, -2); // "news.yahoo.com" -> "yahoo"
    const QString site = squeeze(siteName);
    const QString author = squeeze(byline);
    QStringList headingKeys;
    for (const QString &heading : headings)
        headingKeys.append(squeeze(heading));

    const auto text = [&title](const Part &first, const Part &last) {
        return title.mid(first.start, last.end - first.start);
    };
    const auto namesSite = [&](const Part &part) {
        const QString key = squeeze(text(part, part));
        if (key.isEmpty())
            return false;
        // A part holding the name and a few words more ("Yahoo News" for "Yahoo") names the site;
        // a long part that mentions it is the headline.
        const auto near = [&key](const QString &name) {
            return name.size() >= 4 && key.contains(name) && key.size() <= name.size() * 3 / 2 + 4;
        };
        if (!site.isEmpty() && (key == site || near(site) || (key.size() >= 4 && site.contains(key))))
            return true;
        return hostLabel.size() >= 3 && (key.startsWith(hostLabel) || near(hostLabel));
    };
    const auto namesAuthor = [&](const Part &part) { return !author.isEmpty() && squeeze(text(part, part)) == author; };

    qsizetype first = 0;
    qsizetype last = parts.size() - 1;
    bool strippedSite = false;
    while (last > first) {
        const QString rest = squeeze(text(parts[first], parts[last - 1]));
        if (namesSite(parts[last]))
            strippedSite = true;
        else if (!namesAuthor(parts[last]) && !headingKeys.contains(rest))
            break;
        --last;
    }
    // Before the headline only the site's name goes: a heading there is often the site's logo.
    while (last > first && namesSite(parts[first])) {
        strippedSite = true;
        ++first;
    }
    QString stripped = text(parts[first], parts[last]).trimmed();
    // The tab title of a portal's page ("Yahoo News - Latest News & Headlines") says nothing of
    // the story: its first heading of headline length does.
    if (strippedSite && words(stripped).size() <= 5) {
        for (const QString &heading : headings) {
            const qsizetype count = words(heading).size();
            if (count < 4 || count > 25)
                continue;
            if (!squeeze(heading).contains(squeeze(stripped)))
                return heading.simplified();
            break;
        }
    }
    // Scripts without spaces between words count by characters.
    return words(stripped).size() >= 2 || stripped.size() >= 8 ? stripped : title;
}

} // namespace Quoteshelf::Import::ArticleHeader

#include "extract/nameindex.h"

#include "extract/lexicon.h"
#include "extract/mentionparser.h"

#include <QSet>

namespace Quoteshelf::Extract {

using namespace Qt::StringLiterals;

namespace {

bool isNameWord(QStringView w)
{
    return Tokenizer::isCapitalised(w) && w != u"I" && !Lexicon::isStopWord(w) && !Lexicon::isDiscourseMarker(w);
}

} // namespace

bool isAcronym(QStringView w)
{
    if (w.size() < 2)
        return false;
    for (const QChar c : w) {
        if (c.isLower())
            return false;
    }
    return true;
}

bool endsWithName(const QString &full, const QString &part)
{
    if (full.compare(part, Qt::CaseInsensitive) == 0)
        return true;
    return full.size() > part.size() && full.endsWith(part, Qt::CaseInsensitive)
        && full.at(full.size() - part.size() - 1) == u' ';
}

QString cleanName(QStringView name)
{
    QStringList words;
    for (const QStringView w : name.split(u' ', Qt::SkipEmptyParts))
        words.append(w.toString());
    if (!words.isEmpty() && (Lexicon::isOrganisationWord(words.constLast()) || isAcronym(words.constLast()))) {
        // "Democratic Party", "State Department": titles are part of an organisation's name.
        while (words.size() > 1 && (Lexicon::isDiscourseMarker(words.first()) || Lexicon::isStopWord(words.first())))
            words.removeFirst();
        return words.join(u' ');
    }
    while (words.size() > 1
           && (Lexicon::isTitle(words.first()) || Lexicon::isDiscourseMarker(words.first())
               || words.first().front().isLower() || Lexicon::isStopWord(words.first())))
        words.removeFirst();
    // "Florida Gov. Jeb Bush", "Secretary of State Hillary Clinton": the name follows the last title.
    for (qsizetype i = words.size() - 2; i >= 0 && !words.contains(u"of"_s); --i) {
        if (Lexicon::isTitle(words.at(i))) {
            words.remove(0, i + 1);
            break;
        }
    }
    QString result = words.join(u' ');
    if (result.endsWith(u"\u2019s") || result.endsWith(u"'s"))
        result.chop(2);
    else if (result.endsWith(u'\u2019') || result.endsWith(u'\''))
        result.chop(1);
    return result;
}

NameIndex::NameIndex(const QString &text, const QList<QList<Token>> &tokens, const QList<QuotedSpan> &spans)
    : m_text(text), m_tokens(tokens)
{
    qsizetype nextSpan = 0;
    for (int p = 0; p < m_tokens.size(); ++p) {
        const QList<Token> &tokens = m_tokens.at(p);
        const MentionParser parser(m_text, tokens);
        const bool heading = Tokenizer::isTitleCaseLine(m_text, tokens);
        qsizetype sentence = 0;
        qsizetype subjectEnd = -1;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            if (i == sentence) {
                const Mention subject = parser.clauseSubject(i, std::min<qsizetype>(tokens.size(), i + 30));
                subjectEnd = subject.form == Mention::Form::Name ? subject.end : -1;
            }
            if (Tokenizer::endsSentence(m_text, tokens, i)) {
                sentence = i + 1;
                continue;
            }
            if (!isNameWord(parser.word(i)))
                continue;
            qsizetype e = i;
            while (e + 1 < tokens.size()) {
                const QStringView prev = parser.word(e);
                if (prev.endsWith(u"\u2019s") || prev.endsWith(u"'s") || prev.endsWith(u'\u2019'))
                    break;
                if (isNameWord(parser.word(e + 1)))
                    ++e;
                else if ((Lexicon::isNameParticle(parser.word(e + 1)) || parser.word(e + 1) == u"of")
                         && isNameWord(parser.word(e + 2)))
                    e += 2;
                else
                    break;
            }
            NameRun run;
            run.start = tokens.at(i).start;
            run.end = tokens.at(e).end;
            run.paragraph = p;
            run.lastToken = e;
            run.name = cleanName(QStringView(m_text).mid(run.start, run.end - run.start));
            // Subjects: of the sentence, or of a reporting verb right after the name ("…, Law said").
            run.subject = (subjectEnd >= 0 && run.end == subjectEnd)
                || (e + 1 < tokens.size() && !parser.word(e + 1).isEmpty() && parser.word(e + 1).front().isLower()
                    && Lexicon::instance().isReportingCue(parser.word(e + 1)));
            qsizetype s = i;
            while (s > sentence && Tokenizer::isQuoteMark(m_text.at(tokens.at(s - 1).start)))
                --s;
            run.sentenceInitial = s == sentence;
            run.heading = heading;
            const QStringView previous = i > 0 ? parser.word(i - 1) : QStringView();
            run.afterPreposition = !previous.isEmpty() && previous.front().isLower() && Lexicon::isStopWord(previous)
                && !Lexicon::isDeterminer(previous) && !Lexicon::isPronoun(previous);
            while (nextSpan < spans.size() && spans.at(nextSpan).innerEnd <= run.start)
                ++nextSpan;
            run.quoted = nextSpan < spans.size() && spans.at(nextSpan).innerStart <= run.start;
            if (!run.name.isEmpty())
                m_runs.append(run);
            i = e;
        }
    }
    QSet<QString> seenInside;
    for (const NameRun &run : std::as_const(m_runs)) {
        if (!run.sentenceInitial)
            seenInside.insert(run.name);
    }
    for (int i = 0; i < m_runs.size(); ++i)
        m_runsByLastWord[m_runs.at(i).name.section(u' ', -1)].append(i);
    for (NameRun &run : m_runs) {
        run.doubtful = run.sentenceInitial && !run.name.contains(u' ') && !seenInside.contains(run.name);
        const qsizetype space = run.name.lastIndexOf(u' ');
        if (space > 0) {
            QString &full = m_fullNames[run.name.mid(space + 1)];
            if (run.name.size() > full.size())
                full = run.name;
        }
    }
}

QString NameIndex::fullName(const QString &name) const
{
    return name.contains(u' ') ? name : m_fullNames.value(name, name);
}

QString NameIndex::fullNameBefore(const QString &name, qsizetype position) const
{
    QString full;
    const QString last = name.section(u' ', -1);
    for (int pass = 0; pass < 2 && full.isEmpty(); ++pass) {
        for (const int i : m_runsByLastWord.value(last)) {
            const NameRun &run = m_runs.at(i);
            if (pass == 0 && run.start >= position)
                break;
            if (run.name.size() > full.size() && run.name.size() > name.size() && endsWithName(run.name, name))
                full = run.name;
        }
    }
    return full;
}

QString NameIndex::roleFor(const QString &name) const
{
    QString title;
    for (const int i : m_runsByLastWord.value(name.section(u' ', -1))) {
        const NameRun &run = m_runs.at(i);
        if (!endsWithName(run.name, name) && !endsWithName(name, run.name))
            continue;
        const MentionParser parser(m_text, m_tokens.at(run.paragraph));
        const QString role = parser.appositiveAfter(run.lastToken, m_tokens.at(run.paragraph).size());
        if (!role.isEmpty())
            return role;
        const QString written = m_text.mid(run.start, run.end - run.start);
        if (title.isEmpty() && written.size() > run.name.size() && written.endsWith(run.name))
            title = written.chopped(run.name.size()).trimmed();
    }
    return title;
}

} // namespace Quoteshelf::Extract

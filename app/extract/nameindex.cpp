#include "extract/nameindex.h"

#include "extract/lexicon.h"
#include "extract/mentionparser.h"

#include <QSet>

namespace Quoteshelf::Extract {

using namespace Qt::StringLiterals;

namespace {

bool isNameWord(QStringView w)
{
    if (!Tokenizer::isCapitalised(w) || w == u"I" || isContraction(w))
        return false;
    // "Asked Tuesday about Sullivan, ...", "Speaking to reporters": a participle opening a sentence.
    if ((w.endsWith(u"ed") || w.endsWith(u"ing")) && Lexicon::instance().isReportingCue(w))
        return false;
    return !Lexicon::isStopWord(w) && !Lexicon::isDiscourseMarker(w);
}

// Cues that invert with their speaker ("…, said Katie Harbath"); "told X" names the listener.
bool isInvertingCue(QStringView w)
{
    static const QStringList words = { u"said"_s,      u"says"_s,      u"added"_s,        u"wrote"_s,    u"noted"_s,
                                       u"explained"_s, u"continued"_s, u"recalled"_s,     u"argued"_s,   u"tweeted"_s,
                                       u"stated"_s,    u"replied"_s,   u"responded"_s,    u"declared"_s, u"observed"_s,
                                       u"remarked"_s,  u"insisted"_s,  u"acknowledged"_s, u"adds"_s,     u"writes"_s };
    return words.contains(w.toString());
}

// "said Thursday": days and months follow cues too.
bool isCalendarWord(QStringView w)
{
    static const QStringList words
        = { u"Monday"_s,  u"Tuesday"_s,   u"Wednesday"_s, u"Thursday"_s, u"Friday"_s,   u"Saturday"_s, u"Sunday"_s,
            u"January"_s, u"February"_s,  u"March"_s,     u"April"_s,    u"May"_s,      u"June"_s,     u"July"_s,
            u"August"_s,  u"September"_s, u"October"_s,   u"November"_s, u"December"_s, u"Jan."_s,     u"Feb."_s,
            u"Aug."_s,    u"Sept."_s,     u"Oct."_s,      u"Nov."_s,     u"Dec."_s };
    return words.contains(w.toString());
}

// "Passengers say": a capitalised plural opening a sentence is a common noun.
bool looksPlural(const QString &w)
{
    return w.size() > 4 && w.endsWith(u's') && !w.endsWith(u"ss") && !w.endsWith(u"us") && !w.endsWith(u"is");
}

// Words after which a clause starts, so that a name after them is not the sentence's subject.
bool isSubordinator(QStringView w)
{
    static const QStringList words
        = { u"when"_s,  u"after"_s, u"before"_s, u"while"_s,   u"as"_s,     u"because"_s,  u"if"_s,
            u"since"_s, u"until"_s, u"that"_s,   u"whether"_s, u"though"_s, u"although"_s, u"unless"_s };
    return words.contains(w.toString().toLower());
}

} // namespace

bool isContraction(QStringView w)
{
    // "It’s", "Don’t", "We’re": a pronoun or an auxiliary with a clitic, never a name. A
    // possessive ("Clinton’s") and an elided name ("O’Malley") are not contractions.
    const QString lower = w.toString().toLower().replace(u'\u2019', u'\'');
    const qsizetype apostrophe = lower.indexOf(u'\'');
    if (apostrophe <= 0)
        return false;
    const QStringView clitic = QStringView(lower).mid(apostrophe + 1);
    if (clitic == u"t" || clitic == u"re" || clitic == u"ve" || clitic == u"ll" || clitic == u"m" || clitic == u"d")
        return true;
    return clitic == u"s" && Lexicon::isStopWord(QStringView(lower).left(apostrophe));
}

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
        // The first line is the article's title even when it ends with a period.
        const bool heading = Tokenizer::isTitleCaseLine(m_text, tokens, p == 0);
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
            // "when Tapper asked": the subject of a subordinate clause is not the one the
            // paragraph is about.
            run.cueSubject = e + 1 < tokens.size() && !parser.word(e + 1).isEmpty()
                && parser.word(e + 1).front().isLower() && Lexicon::instance().isReportingCue(parser.word(e + 1))
                && !(i > 0 && isSubordinator(parser.word(i - 1)));
            run.subject = (subjectEnd >= 0 && run.end == subjectEnd) || run.cueSubject;
            // "Carson defied the question": a past-tense verb after the word makes it a subject.
            const QStringView after = parser.word(e + 1);
            run.verbFollows = run.cueSubject || (!after.isEmpty() && after.front().isLower() && after.endsWith(u"ed"));
            qsizetype s = i;
            while (s > sentence && Tokenizer::isQuoteMark(m_text.at(tokens.at(s - 1).start)))
                --s;
            run.sentenceInitial = s == sentence;
            run.heading = heading;
            const QStringView previous = i > 0 ? parser.word(i - 1) : QStringView();
            run.afterPreposition = !previous.isEmpty() && previous.front().isLower() && Lexicon::isStopWord(previous)
                && !Lexicon::isDeterminer(previous) && !Lexicon::isPronoun(previous);
            run.afterArticle = previous.compare(u"the", Qt::CaseInsensitive) == 0
                || previous.compare(u"a", Qt::CaseInsensitive) == 0 || previous.compare(u"an", Qt::CaseInsensitive) == 0
                || previous == u"no";
            // Where a name introduces someone: opening the sentence, after a comma, a dash or a
            // role ("pollster Geoff Garin", "Vice Chair Jennifer Ping").
            run.introduced = i == 0
                || (!tokens.at(i - 1).word && !Tokenizer::isQuoteMark(m_text.at(tokens.at(i - 1).start)))
                || Lexicon::instance().isSpeakerNoun(previous) || Lexicon::isTitle(previous)
                || (isInvertingCue(previous) && !isCalendarWord(parser.word(i))); // "…, said Katie Harbath"
            while (nextSpan < spans.size() && spans.at(nextSpan).innerEnd <= run.start)
                ++nextSpan;
            run.quoted = nextSpan < spans.size() && spans.at(nextSpan).innerStart <= run.start;
            if (!run.name.isEmpty())
                m_runs.append(run);
            i = e;
        }
    }
    // Words the article also writes in lower case ("debates", "once") are common words when
    // capitalised at a sentence start.
    QSet<QString> lowerCase;
    for (int p = 0; p < m_tokens.size(); ++p) {
        for (const Token &t : m_tokens.at(p)) {
            const QStringView w = tokenText(m_text, t);
            if (t.word && w.front().isLower())
                lowerCase.insert(w.toString());
        }
    }
    QSet<QString> seenInside;
    for (const NameRun &run : std::as_const(m_runs)) {
        if (!run.sentenceInitial)
            seenInside.insert(run.name);
    }
    for (int i = 0; i < m_runs.size(); ++i)
        m_runsByLastWord[m_runs.at(i).name.section(u' ', -1)].append(i);
    for (const NameRun &run : std::as_const(m_runs)) {
        // A headline's capitals run words together ("Black Lawmakers Rip Donald Trump"): no full names there.
        const qsizetype space = run.heading ? -1 : run.name.lastIndexOf(u' ');
        if (space > 0) {
            QString &full = m_fullNames[run.name.mid(space + 1)];
            if (run.name.size() > full.size())
                full = run.name;
        }
    }
    for (NameRun &run : m_runs) {
        // A surname of a full name written elsewhere, or the subject of a reporting verb
        // ("Carson said"), is a name even when it only ever opens sentences.
        run.doubtful = run.sentenceInitial && !run.name.contains(u' ')
            && ((!seenInside.contains(run.name) && !m_fullNames.contains(run.name)
                 && !(run.verbFollows && !looksPlural(run.name)))
                || lowerCase.contains(run.name.toLower()));
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
            if (!run.heading && run.name.size() > full.size() && run.name.size() > name.size()
                && endsWithName(run.name, name))
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

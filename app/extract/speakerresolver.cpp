#include "extract/speakerresolver.h"

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

// "Al-Ansari" names "Majed Al-Ansari": equal, or the same last words on a word boundary.
bool endsWithName(const QString &full, const QString &part)
{
    if (full.compare(part, Qt::CaseInsensitive) == 0)
        return true;
    return full.size() > part.size() && full.endsWith(part, Qt::CaseInsensitive)
        && full.at(full.size() - part.size() - 1) == u' ';
}

// Drops the possessive and trailing adverbs from a description: "the senior US official candidly".
QString headNoun(const QString &description)
{
    const QStringList words = description.toLower().split(u' ', Qt::SkipEmptyParts);
    static const QStringList modifiers = {u"with"_s, u"of"_s, u"for"_s, u"familiar"_s, u"close"_s,
        u"at"_s, u"in"_s, u"on"_s, u"from"_s, u"to"_s, u"who"_s, u"involved"_s, u"briefed"_s,
        u"knowledgeable"_s, u"based"_s, u"near"_s};
    QString head;
    for (const QString &w : words) {
        if (!head.isEmpty() && modifiers.contains(w))
            break;
        head = w;
    }
    if (head.endsWith(u's') && !head.endsWith(u"ss"))
        head.chop(1);
    return head;
}

// The words qualifying a description's head, with rank synonyms folded together.
QStringList modifiers(const QString &description, const QString &head)
{
    static const QStringList rank = {u"senior"_s, u"high-ranking"_s, u"top"_s, u"high-level"_s,
        u"ranking"_s, u"leading"_s};
    QStringList result;
    for (const QString &w : description.toLower().split(u' ', Qt::SkipEmptyParts)) {
        if (Lexicon::isDeterminer(w))
            continue;
        if (w.startsWith(head))
            break;
        result.append(rank.contains(w) ? u"<rank>"_s : w);
    }
    return result;
}

} // namespace

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
    while (words.size() > 1 && (Lexicon::isTitle(words.first()) || Lexicon::isDiscourseMarker(words.first())
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

SpeakerResolver::SpeakerResolver(const QString &text, const QList<Span> &paragraphs,
                                 const QList<QList<Token>> &tokens, const QList<QuotedSpan> &spans)
    : m_text(text)
    , m_paragraphs(paragraphs)
    , m_tokens(tokens)
{
    collectNames(spans);
}

void SpeakerResolver::collectNames(const QList<QuotedSpan> &spans)
{
    qsizetype nextSpan = 0;
    for (int p = 0; p < m_tokens.size(); ++p) {
        const QList<Token> &tokens = m_tokens.at(p);
        const MentionParser parser(m_text, tokens);
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
            while (nextSpan < spans.size() && spans.at(nextSpan).innerEnd <= run.start)
                ++nextSpan;
            run.quoted = nextSpan < spans.size() && spans.at(nextSpan).innerStart <= run.start;
            if (!run.name.isEmpty())
                m_names.append(run);
            i = e;
        }
    }
    QSet<QString> seenInside;
    for (const NameRun &run : std::as_const(m_names)) {
        if (!run.sentenceInitial)
            seenInside.insert(run.name);
    }
    for (NameRun &run : m_names)
        run.doubtful = run.sentenceInitial && !run.name.contains(u' ') && !seenInside.contains(run.name);
}

bool SpeakerResolver::genderAllows(const QString &name, qsizetype position, int gender) const
{
    if (gender == 0)
        return true;
    QString full = name;
    if (!full.contains(u' ')) {
        for (const NameRun &run : m_names) {
            if (run.start >= position)
                break;
            if (run.name.size() > full.size() && endsWithName(run.name, name))
                full = run.name;
        }
    }
    const int known = Lexicon::instance().firstNameGender(full.section(u' ', 0, 0));
    return known == 0 || known == gender;
}

QString SpeakerResolver::roleFor(const QString &name) const
{
    QString title;
    for (const NameRun &run : m_names) {
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

int SpeakerResolver::resolveName(const QString &name, qsizetype position, QList<Entity> *entities) const
{
    const QString key = cleanName(name);
    if (key.isEmpty())
        return -1;
    for (int i = 0; i < entities->size(); ++i) {
        Entity &e = (*entities)[i];
        if (e.kind == Speaker::Kind::Anonymous)
            continue;
        if (endsWithName(e.name, key) || e.aliases.contains(key, Qt::CaseInsensitive)) {
            if (e.name.compare(key, Qt::CaseInsensitive) != 0 && !e.aliases.contains(key, Qt::CaseInsensitive))
                e.aliases.append(key);
            return i;
        }
        if (endsWithName(key, e.name)) {
            e.aliases.append(e.name);
            e.name = key;
            return i;
        }
    }
    // A bare surname names the longest full name written before it (or, failing that, anywhere).
    QString full;
    for (int pass = 0; pass < 2 && full.isEmpty(); ++pass) {
        for (const NameRun &run : m_names) {
            if (pass == 0 && run.start >= position)
                break;
            if (run.name.size() > full.size() && run.name.size() > key.size() && endsWithName(run.name, key))
                full = run.name;
        }
    }
    Entity e;
    e.name = full.isEmpty() ? key : full;
    if (!full.isEmpty())
        e.aliases.append(key);
    const QStringList words = e.name.split(u' ');
    bool organisation = words.size() == 1 || isAcronym(words.constLast());
    for (const QString &w : words)
        organisation = organisation || Lexicon::isOrganisationWord(w);
    e.kind = organisation ? Speaker::Kind::Organisation : Speaker::Kind::Person;
    e.role = roleFor(e.name);
    if (e.kind == Speaker::Kind::Organisation && !e.role.isEmpty() && words.size() == 1)
        e.kind = Speaker::Kind::Person; // "Trump, the front-runner, said": a role means a person
    entities->append(e);
    return int(entities->size()) - 1;
}

int SpeakerResolver::resolveDescription(const QString &written, QList<Entity> *entities) const
{
    QString description = written;
    const QString firstWord = description.section(u' ', 0, 0);
    if (Lexicon::isDeterminer(firstWord))
        description[0] = description.at(0).toLower();
    const QString head = headNoun(description);
    const QString first = description.section(u' ', 0, 0).toLower();
    const bool definite = first == u"the" || first == u"this" || first == u"that";
    if (definite && !head.isEmpty()) {
        // Among earlier sources with the same head noun, the one sharing most modifiers, then the
        // latest: "the senior US official" is "a high-ranking US official", not "an unnamed" one.
        const QStringList own = modifiers(description, head);
        int best = -1;
        int bestScore = -1;
        for (int i = 0; i < entities->size(); ++i) {
            const Entity &e = entities->at(i);
            const bool sameHead = e.kind == Speaker::Kind::Anonymous ? e.head == head
                                                                     : e.role.contains(head, Qt::CaseInsensitive);
            if (!sameHead)
                continue;
            int shared = 0;
            const QStringList theirs = modifiers(e.kind == Speaker::Kind::Anonymous ? e.name : e.role, head);
            for (const QString &m : own)
                shared += theirs.contains(m) ? 1 : 0;
            if (shared >= bestScore) {
                bestScore = shared;
                best = i;
            }
        }
        if (best >= 0) {
            Entity &e = (*entities)[best];
            if (!e.aliases.contains(description) && e.name != description)
                e.aliases.append(description);
            return best;
        }
    }
    for (int i = 0; i < entities->size(); ++i) {
        if (entities->at(i).name == description)
            return i;
    }
    Entity e;
    e.name = description;
    e.head = head;
    e.kind = Lexicon::isOrganisationWord(head) ? Speaker::Kind::Organisation : Speaker::Kind::Anonymous;
    entities->append(e);
    return int(entities->size()) - 1;
}

int SpeakerResolver::resolvePronoun(qsizetype position, int paragraph, int gender,
                                    const QList<Recent> &recentSpeakers, QList<Entity> *entities) const
{
    // The nearest earlier person: a sentence subject or the speaker of an earlier quotation.
    // A full name in a later paragraph than the last subject wins: "One superdelegate, Alabama
    // Democratic Party chairwoman Nancy Worley, pledged..." makes Nancy Worley the next "she".
    const NameRun *best = nullptr;
    const NameRun *lastFullName = nullptr;
    for (const NameRun &run : m_names) {
        if (run.start >= position)
            break;
        if (run.quoted || run.doubtful || run.paragraph < paragraph - 2
            || Lexicon::isOrganisationWord(run.name.section(u' ', -1)) || !genderAllows(run.name, run.start, gender))
            continue;
        if (run.subject)
            best = &run;
        else if (run.name.count(u' ') == 1)
            lastFullName = &run;
    }
    if (lastFullName && (!best || lastFullName->paragraph > best->paragraph))
        best = lastFullName;
    const Recent *recent = nullptr;
    for (const Recent &r : recentSpeakers) {
        if (r.position < position && r.entity >= 0 && entities->at(r.entity).kind == Speaker::Kind::Person
            && genderAllows(entities->at(r.entity).name, r.position, gender))
            recent = &r;
    }
    if (recent && (!best || recent->position > best->start))
        return recent->entity;
    if (!best)
        return -1;
    const int index = resolveName(best->name, best->start, entities);
    if (index >= 0) {
        (*entities)[index].personEvidence = true;
        if ((*entities)[index].kind == Speaker::Kind::Organisation && !best->name.contains(u' '))
            (*entities)[index].kind = Speaker::Kind::Person;
    }
    return index;
}

QList<Speaker> SpeakerResolver::resolve(const QList<DraftQuote> &drafts, QList<Quote> *quotes) const
{
    QList<Entity> entities;
    QList<int> entityOf(drafts.size(), -1);
    QList<Recent> recent;
    for (int i = 0; i < drafts.size(); ++i) {
        const DraftQuote &d = drafts.at(i);
        const Mention &m = d.mention;
        int index = -1;
        const QString written = m.valid() ? m_text.mid(m.nameStart, m.nameEnd - m.nameStart) : QString();
        switch (m.form) {
        case Mention::Form::None:
            if (d.inheritFrom >= 0)
                index = entityOf.at(d.inheritFrom);
            break;
        case Mention::Form::Pronoun:
            if (Lexicon::isPersonalPronoun(written)) {
                const QString lower = written.toLower();
                const int gender = lower == u"he" ? 1 : lower == u"she" ? -1 : 0;
                index = resolvePronoun(m.start, d.paragraph, gender, recent, &entities);
            }
            break;
        case Mention::Form::Name:
            index = resolveName(written, m.start, &entities);
            break;
        case Mention::Form::Description:
            index = resolveDescription(written, &entities);
            break;
        }
        entityOf[i] = index;
        if (index >= 0) {
            Entity &e = entities[index];
            if (e.role.isEmpty() && !m.role.isEmpty())
                e.role = m.role;
            if (m.form == Mention::Form::Pronoun)
                e.personEvidence = true;
            recent.append({m.valid() ? m.start : d.start, index});
        }
    }

    QList<Speaker> speakers;
    QList<int> speakerOf(entities.size(), -1);
    for (int i = 0; i < drafts.size(); ++i) {
        Quote &q = (*quotes)[i];
        const DraftQuote &d = drafts.at(i);
        if (d.mention.valid())
            q.mention = m_text.mid(d.mention.start, d.mention.end - d.mention.start);
        const int e = entityOf.at(i);
        if (e < 0)
            continue;
        if (speakerOf.at(e) < 0) {
            const Entity &entity = entities.at(e);
            Speaker s;
            s.name = entity.name;
            s.role = entity.role;
            s.kind = entity.kind;
            s.aliases = entity.aliases;
            speakerOf[e] = int(speakers.size());
            speakers.append(s);
        }
        q.speakerIndex = speakerOf.at(e);
        q.speaker = speakers.at(q.speakerIndex).name;
        ++speakers[q.speakerIndex].quoteCount;
    }
    return speakers;
}

} // namespace Quoteshelf::Extract

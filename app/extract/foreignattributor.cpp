#include "extract/foreignattributor.h"

#include "extract/lexicon.h"
#include "extract/nameindex.h"
#include "extract/wordclasses.h"
#include "extract/wordset.h"

namespace Quoteshelf::Extract {

namespace {

// A word as this reader sees it: letters, with inner hyphens and apostrophes ("a-t-il",
// "Hans-Peter", "l’Intérieur").
struct Word
{
    qsizetype start = 0;
    qsizetype end = 0;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'\'' || c == u'\u2019';
}

bool endsSentence(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\n' || c == u'\u00AB' || c == u'\u201E';
}

// The words of text[from, to), stopping at a sentence end.
QList<Word> wordsIn(const QString &text, qsizetype from, qsizetype to)
{
    QList<Word> words;
    qsizetype i = from;
    while (i < to) {
        const QChar c = text.at(i);
        if (endsSentence(c) && !(c == u'.' && !words.isEmpty() && words.last().end == i && i - words.last().start <= 3))
            break; // "M. Vale" and "Dr. Vale" keep going
        if (!isWordChar(c)) {
            ++i;
            continue;
        }
        Word w { i, i };
        while (i < to && isWordChar(text.at(i)))
            ++i;
        w.end = i;
        words.append(w);
    }
    return words;
}

// "a déclaré", "hat gesagt": the participles that report speech after an auxiliary.
bool isFrenchParticiple(QStringView w)
{
    static const WordSet words { u"déclaré", u"dit",      u"affirmé",  u"expliqué",  u"ajouté",   u"estimé",
                                 u"indiqué", u"souligné", u"précisé",  u"assuré",    u"annoncé",  u"confié",
                                 u"lancé",   u"répondu",  u"insisté",  u"martelé",   u"reconnu",  u"poursuivi",
                                 u"commenté", u"rappelé", u"prévenu",  u"averti",    u"dénoncé",  u"raconté",
                                 u"écrit",   u"jugé",     u"regretté", u"promis",    u"conclu" };
    return words.contains(w);
}

// Present and past tenses that report speech on their own: "déclare X", "sagte X", "so X".
bool isOwnCue(QStringView w)
{
    static const WordSet words {
        // French, present and simple past
        u"déclare", u"dit", u"affirme", u"explique", u"ajoute", u"estime", u"indique", u"souligne", u"précise",
        u"assure", u"poursuit", u"raconte", u"confie", u"lance", u"répond", u"insiste", u"martèle", u"reconnaît",
        u"déclara", u"affirma", u"expliqua", u"ajouta", u"répondit",
        // German
        u"sagte", u"sagt", u"sagten", u"erklärte", u"erklärt", u"betonte", u"betont", u"meinte", u"meint",
        u"ergänzte", u"fügte", u"schrieb", u"schreibt", u"warnte", u"kritisierte", u"räumte", u"so",
        u"berichtete", u"antwortete", u"versicherte", u"unterstrich", u"bekräftigte", u"forderte"
    };
    return words.contains(w);
}

bool isAuxiliary(QStringView w)
{
    return equals(w, u"a") || equals(w, u"avait") || equals(w, u"ont") || equals(w, u"hat") || equals(w, u"hatte")
        || w.startsWith(u"a-t-");
}

bool isSubjectPronoun(QStringView w)
{
    return equalsIgnoringCase(w, u"il") || equalsIgnoringCase(w, u"elle") || equalsIgnoringCase(w, u"er")
        || equalsIgnoringCase(w, u"sie") || endsWith(w, u"-t-il") || endsWith(w, u"-t-elle");
}

// +1 for "il", "er", "dit-il"; -1 for "elle", "sie", "a-t-elle"; 0 otherwise.
int pronounGender(QStringView w)
{
    if (equalsIgnoringCase(w, u"il") || equalsIgnoringCase(w, u"er") || endsWith(w, u"-il"))
        return 1;
    if (equalsIgnoringCase(w, u"elle") || equalsIgnoringCase(w, u"sie") || endsWith(w, u"-elle"))
        return -1;
    return 0;
}

// "sur France Inter", "im Deutschlandfunk": where something was said.
bool isPreposition(QStringView w)
{
    static const WordSet words { u"sur", u"à", u"dans", u"au", u"aux", u"en", u"devant", u"lors", u"pendant",
                                 u"auf", u"im", u"in", u"bei", u"vor", u"gegenüber", u"am", u"beim", u"nach" };
    return words.contains(w);
}

// "le ministre", "la porte-parole", "der Minister": a description opens with an article.
bool isArticle(QStringView w)
{
    static const WordSet words { u"le", u"la", u"les", u"l'", u"l’", u"der", u"die", u"das" };
    return words.contains(w) || w.startsWith(u"l'") || w.startsWith(u"l\u2019");
}

bool isCapitalisedWord(QStringView w)
{
    return !w.isEmpty() && w.front().isUpper() && !(w.size() > 1 && w.at(1).isUpper());
}

// "Jean", "Hans-Peter": a first name, or a compound of capitalised parts that opens with one.
bool isGivenName(QStringView w)
{
    if (!isCapitalisedWord(w))
        return false;
    const Lexicon &lexicon = Lexicon::instance();
    if (lexicon.isFirstName(w))
        return true;
    const qsizetype hyphen = w.indexOf(u'-');
    return hyphen > 0 && lexicon.isFirstName(w.left(hyphen)) && isCapitalisedWord(w.mid(hyphen + 1));
}

// The sex the first name gives ("Marie-Claire Vale": Marie), as Lexicon::firstNameGender.
int nameGender(const QString &name)
{
    QStringView first = firstWord(name);
    if (const qsizetype hyphen = first.indexOf(u'-'); hyphen > 0)
        first = first.left(hyphen);
    return Lexicon::instance().firstNameGender(first);
}

} // namespace

ForeignAttributor::ForeignAttributor(const QString &text) : m_text(text) { }

ForeignAttributor::Found ForeignAttributor::nameIn(qsizetype from, qsizetype to) const
{
    const QList<Word> words = wordsIn(m_text, from, to);
    const auto word = [&](qsizetype i) { return QStringView(m_text).mid(words.at(i).start, words.at(i).end - words.at(i).start); };
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        if (!isGivenName(word(i)))
            continue;
        qsizetype e = i;
        while (e + 1 < words.size()
               && (isCapitalisedWord(word(e + 1))
                   || (Lexicon::isNameParticle(word(e + 1)) && e + 2 < words.size() && isCapitalisedWord(word(e + 2))))
               && !WordClass::isForeignFunctionWord(word(e + 1)))
            ++e;
        if (e == i)
            return {}; // a first name alone is too little to name someone
        Found found;
        found.start = words.at(i).start;
        found.end = words.at(e).end;
        found.name = m_text.mid(found.start, found.end - found.start);
        return found;
    }
    return {};
}

ForeignAttributor::Found ForeignAttributor::lastPersonBefore(qsizetype position, int gender) const
{
    // Within the last few paragraphs: "Selon Laurent Brun, … « … », a-t-il estimé."
    qsizetype from = position;
    for (int breaks = 0; from > 0 && position - from < 2000; --from) {
        if (m_text.at(from - 1) == u'\n' && ++breaks > 4)
            break;
    }
    return lastNameBetween(from, position, [&](const Found &found) {
        const int known = nameGender(found.name);
        return gender == 0 || known == 0 || known == gender;
    });
}

ForeignAttributor::Found ForeignAttributor::lastNameBetween(qsizetype from, qsizetype to,
                                                            const std::function<bool(const Found &)> &accepts) const
{
    Found last;
    qsizetype i = from;
    while (i < to) {
        if (!isWordChar(m_text.at(i))) {
            ++i;
            continue;
        }
        qsizetype e = i;
        while (e < to && isWordChar(m_text.at(e)))
            ++e;
        if (isGivenName(QStringView(m_text).mid(i, e - i))) {
            const Found found = nameIn(i, to);
            if (!found.name.isEmpty() && found.start == i) {
                if (accepts(found))
                    last = found;
                e = found.end;
            }
        }
        i = e;
    }
    return last;
}

ForeignAttributor::Found ForeignAttributor::surnameAt(qsizetype from, qsizetype to) const
{
    const QList<Word> words = wordsIn(m_text, from, std::min<qsizetype>(to, from + 60));
    const auto word = [&](qsizetype i) { return QStringView(m_text).mid(words.at(i).start, words.at(i).end - words.at(i).start); };
    qsizetype k = 0;
    // "M. Farandou", "Mme Borne", "Frau Vale", "Herr Lund", "Dr. Vale".
    static const WordSet address { u"M", u"Mme", u"Mlle", u"Me", u"Frau", u"Herr", u"Dr", u"Prof" };
    if (k + 1 < words.size() && address.containsExact(word(k)))
        ++k;
    if (k >= words.size() || !isCapitalisedWord(word(k)) || WordClass::isForeignFunctionWord(word(k))
        || (k + 1 < words.size() && isCapitalisedWord(word(k + 1))))
        return {};
    const QStringView surname = word(k);
    // The last full name before, within the last few thousand characters, that ends with it.
    return lastNameBetween(std::max<qsizetype>(0, from - 4000), from, [&](const Found &found) {
        return found.name.endsWith(surname) && found.name.at(found.name.size() - surname.size() - 1) == u' ';
    });
}

ForeignAttributor::Found ForeignAttributor::after(qsizetype close) const
{
    qsizetype i = close;
    const qsizetype limit = std::min<qsizetype>(m_text.size(), close + 160);
    // The closing mark and what separates it from the verb: », ” “ " , and non-breaking spaces.
    while (i < limit && !m_text.at(i).isLetter() && m_text.at(i) != u'\n' && m_text.at(i) != u'.')
        ++i;
    const QList<Word> words = wordsIn(m_text, i, limit);
    if (words.isEmpty() || words.first().start != i)
        return {};
    const auto word = [&](qsizetype k) { return QStringView(m_text).mid(words.at(k).start, words.at(k).end - words.at(k).start); };
    qsizetype k = 0;
    bool pronoun = false;
    // "», dit-il.", "», poursuit-elle.": the verb and its pronoun in one word.
    const QStringView head = word(0);
    const qsizetype hyphen = head.indexOf(u'-');
    if (hyphen > 0 && (endsWith(head, u"-il") || endsWith(head, u"-elle")) && isOwnCue(head.left(hyphen)))
        return Found::pronounOf(pronounGender(head));
    // "», selon Ann Vale.", "“, so Hans Vale.": the source right after the quotation.
    if ((equalsIgnoringCase(head, u"selon") || equalsIgnoringCase(head, u"laut")) && words.size() > 1
        && isGivenName(word(1)))
        return nameIn(words.at(1).start, words.last().end);
    if (isAuxiliary(word(0)) && words.size() > 1) {
        pronoun = isSubjectPronoun(word(0)); // "a-t-il déclaré"
        k = 1;
        if (!isFrenchParticiple(word(k)) && !(equals(word(0), u"hat") || equals(word(0), u"hatte")))
            return {};
    } else if (!isOwnCue(word(0))) {
        return {};
    }
    int gender = pronoun ? pronounGender(word(0)) : 0;
    if (k + 1 < words.size() && isSubjectPronoun(word(k + 1))) { // "sagte er"
        pronoun = true;
        gender = pronounGender(word(k + 1));
    }
    Found found;
    if (!pronoun) {
        // The subject follows the verb: a name, perhaps after its title ("a déclaré le ministre
        // Clément Beaune"), or a description alone ("a déclaré le ministre"). What follows a
        // preposition is where it was said ("sur France Inter"), not who said it.
        for (qsizetype n = k + 1; n < words.size() && n <= k + 5; ++n) {
            const QStringView w = word(n);
            if (isGivenName(w)) {
                found = nameIn(words.at(n).start, words.last().end);
                if (!found.name.isEmpty() || n != k + 1)
                    break;
            }
            // "sagte Lutz", "a déclaré M. Farandou": a surname named in full before (one some
            // first names share too: "Lutz").
            if (n == k + 1 && isCapitalisedWord(w)) {
                const Found named = surnameAt(words.at(n).start, words.last().end);
                if (!named.name.isEmpty()) {
                    found = named;
                    break;
                }
            }
            if (isPreposition(w))
                break;
            if (n == k + 1 && isArticle(w) && n + 1 < words.size()) {
                found.description = true;
                continue;
            }
            // "der Minister": German writes the noun with a capital, and a role may come before the
            // name ("sagte Bahnchef Richard Lutz"); further on, a capital names something else.
            if (isCapitalisedWord(w) && !(n == k + 2 && found.description) && n > k + 2)
                break;
        }
    }
    found.pronoun = pronoun && found.name.isEmpty();
    found.gender = gender;
    return found;
}

ForeignAttributor::Found ForeignAttributor::before(qsizetype open) const
{
    // Back to the sentence start, not past the paragraph.
    qsizetype from = open;
    while (from > 0 && !(m_text.at(from - 1) == u'\n' || m_text.at(from - 1) == u'!' || m_text.at(from - 1) == u'?'
                         || (m_text.at(from - 1) == u'.' && from >= 2 && m_text.at(from - 2).isLower())))
        --from;
    qsizetype end = open;
    while (end > from && (m_text.at(end - 1).isSpace() || m_text.at(end - 1) == u'\u00A0'))
        --end;
    const QList<Word> words = wordsIn(m_text, from, open);
    const auto word = [&](qsizetype k) { return QStringView(m_text).mid(words.at(k).start, words.at(k).end - words.at(k).start); };
    // "selon Ann Vale, « … »", "laut Hans Vale „…“", "Selon lui, il s'agit d'« … »"
    for (qsizetype k = 0; k < words.size(); ++k) {
        if (equalsIgnoringCase(word(k), u"selon") || equalsIgnoringCase(word(k), u"laut")) {
            if (k + 1 < words.size() && (equals(word(k + 1), u"lui") || equals(word(k + 1), u"elle")))
                return Found::pronounOf(equals(word(k + 1), u"lui") ? 1 : -1);
            const Found found = nameIn(words.at(k).end, open);
            if (!found.name.isEmpty() && k + 1 < words.size() && found.start == words.at(k + 1).start)
                return found;
            // "Laut Wissing ist die Reform „überfällig“": a surname named in full before.
            if (k + 1 < words.size()) {
                const Found named = surnameAt(words.at(k + 1).start, open);
                if (!named.name.isEmpty())
                    return named;
            }
        }
    }
    // "Er erklärte, die Verbindung sei „…“", "Elle a estimé que c'était « … »": a pronoun and its
    // cue open the sentence the quotation ends.
    if (words.size() >= 3 && isSubjectPronoun(word(0))
        && (isOwnCue(word(1)) || (isAuxiliary(word(1)) && isFrenchParticiple(word(2)))))
        return Found::pronounOf(pronounGender(word(0)));
    // "Ann Vale a déclaré : « … »", "Hans Vale sagte: „…“": a cue, then only a colon.
    if (end <= from || m_text.at(end - 1) != u':' || words.isEmpty())
        return {};
    for (qsizetype k = words.size() - 1; k >= 0 && k >= words.size() - 4; --k) {
        if (!isOwnCue(word(k)) && !isFrenchParticiple(word(k)))
            continue;
        qsizetype subjectEnd = k;
        if (isFrenchParticiple(word(k)) && k > 0 && isAuxiliary(word(k - 1)))
            subjectEnd = k - 1;
        if (subjectEnd > 0 && isSubjectPronoun(word(subjectEnd - 1)))
            return Found::pronounOf(pronounGender(word(subjectEnd - 1)));
        return nameIn(from, words.at(subjectEnd).start);
    }
    return {};
}

QList<Speaker> ForeignAttributor::resolve(const QList<DraftQuote> &drafts, QList<Quote> *quotes) const
{
    QList<Speaker> speakers;
    QList<int> named; // speakers in the order they were last named, for "il", "er"
    int lastParagraph = -10;
    for (int i = 0; i < drafts.size(); ++i) {
        const DraftQuote &d = drafts.at(i);
        if (d.kind == Quote::Kind::Indirect)
            continue;
        Found found = after(d.end);
        if (found.name.isEmpty() && !found.pronoun && !found.description)
            found = before(std::max<qsizetype>(0, d.start - 1));
        if (found.name.isEmpty() && (found.pronoun || found.description)) {
            // "a-t-il estimé", "a déclaré le ministre": the last person named before the quotation.
            const Found person = lastPersonBefore(d.start, found.pronoun ? found.gender : 0);
            if (!person.name.isEmpty()) {
                found.name = person.name;
                found.start = person.start;
                found.end = person.end;
                found.pronoun = false;
            }
        }
        int index = -1;
        // "„…“, sagte Richard Lutz. „…“": a quotation that follows another in its paragraph, with no
        // cue of its own, goes on with the same speaker.
        const bool goesOn = found.name.isEmpty() && !found.pronoun && !found.description && i > 0
            && drafts.at(i - 1).paragraph == d.paragraph && (*quotes)[i - 1].speakerIndex >= 0;
        if (goesOn)
            index = (*quotes)[i - 1].speakerIndex;
        if (!found.name.isEmpty()) {
            for (int s = 0; s < speakers.size() && index < 0; ++s) {
                if (speakers.at(s).name == found.name)
                    index = s;
            }
            if (index < 0) {
                Speaker s;
                s.name = found.name;
                speakers.append(s);
                index = int(speakers.size()) - 1;
            }
        } else if (found.pronoun && d.paragraph - lastParagraph <= 2) {
            for (auto it = named.crbegin(); it != named.crend() && index < 0; ++it) {
                const int gender = nameGender(speakers.at(*it).name);
                if (found.gender == 0 || gender == 0 || gender == found.gender)
                    index = *it;
            }
        }
        if (index < 0)
            continue;
        Quote &q = (*quotes)[i];
        q.speakerIndex = index;
        q.speaker = speakers.at(index).name;
        if (!found.name.isEmpty()) {
            q.mention = found.name;
            q.mentionStart = found.start;
            q.mentionEnd = found.end;
        }
        ++speakers[index].quoteCount;
        named.removeOne(index);
        named.append(index);
        lastParagraph = d.paragraph;
    }
    return speakers;
}

} // namespace Quoteshelf::Extract

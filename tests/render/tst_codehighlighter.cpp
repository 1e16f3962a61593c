#include "render/codehighlighter.h"
#include "render/highlightservice.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QColor>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace Quoteshelf::Render;

namespace {

// What a browser would see in an HTML fragment, minus the highlighter's own spans: the decoded
// text and every other tag, byte for byte. Highlighting must change neither.
struct Reading
{
    QString text;
    QStringList tags;
    int highlightSpans = 0;
};

QString decode(QStringView escaped)
{
    static const QHash<QString, QString> named {
        { QStringLiteral("amp"), QStringLiteral("&") },  { QStringLiteral("lt"), QStringLiteral("<") },
        { QStringLiteral("gt"), QStringLiteral(">") },   { QStringLiteral("quot"), QStringLiteral("\"") },
        { QStringLiteral("apos"), QStringLiteral("'") }, { QStringLiteral("nbsp"), QString(QChar(0xa0)) }
    };
    QString out;
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const qsizetype semicolon = escaped[i] == u'&' ? escaped.indexOf(u';', i) : -1;
        if (semicolon < 0) {
            out += escaped[i];
            continue;
        }
        const QString name = escaped.sliced(i + 1, semicolon - i - 1).toString();
        if (name.startsWith(u'#')) {
            const bool hex = name.startsWith(QLatin1String("#x"));
            const char32_t code = name.mid(hex ? 2 : 1).toUInt(nullptr, hex ? 16 : 10);
            out += QString::fromUcs4(&code, 1);
        } else {
            out += named.value(name, QLatin1Char('&') + name + QLatin1Char(';'));
        }
        i = semicolon;
    }
    return out;
}

Reading read(const QString &html)
{
    Reading reading;
    QList<bool> spans; // for each open <span>: is it one of ours
    qsizetype i = 0;
    while (i < html.size()) {
        const qsizetype lt = html.indexOf(u'<', i);
        const qsizetype textEnd = lt < 0 ? html.size() : lt;
        reading.text += decode(QStringView(html).sliced(i, textEnd - i));
        if (lt < 0)
            break;
        const qsizetype gt = html.indexOf(u'>', lt);
        if (gt < 0) {
            reading.tags << html.mid(lt); // an unterminated tag is kept verbatim
            break;
        }
        const QString tag = html.sliced(lt, gt + 1 - lt);
        if (tag.startsWith(QLatin1String("<span class=\"qs-hl-"))) {
            spans << true;
            ++reading.highlightSpans;
        } else if (tag == QLatin1String("</span>") && !spans.isEmpty() && spans.takeLast()) {
            // closes one of ours
        } else {
            if (tag.startsWith(QLatin1String("<span")))
                spans << false;
            reading.tags << tag;
        }
        i = gt + 1;
    }
    return reading;
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// WCAG 2 contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

const QString cppSnippet = QStringLiteral("int main() {\n    return 0; // done\n}");

} // namespace

class TestCodeHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void highlightCodeBlocks_data();
    void highlightCodeBlocks();
    void definitionName_data();
    void definitionName();
    void roundTrip_data();
    void roundTrip();
    void golden();
    void noCodeIsNotCopied();
    void largeBlocks_data();
    void largeBlocks();
    void styleSheets();
    void styleSheetContrast_data();
    void styleSheetContrast();

private:
    HighlightService m_service; // the test's own Repository lives in here
};

void TestCodeHighlighter::initTestCase()
{
    // Without the C++ definition nothing below means anything; fail loudly instead.
    QCOMPARE(m_service.definitionName(QStringLiteral("cpp")), QStringLiteral("C++"));
}

void TestCodeHighlighter::highlightCodeBlocks_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<bool>("highlighted");

    const auto block = [](const QString &attributes, const QString &code) {
        return QStringLiteral("<pre data-qs-start=\"10\" data-qs-end=\"%1\"><code%2>%3</code></pre>\n")
            .arg(10 + code.size())
            .arg(attributes, code.toHtmlEscaped());
    };
    const QString cpp = cppSnippet;
    const QString python = QStringLiteral("def f(x):\n    return x * 2  # twice\n");
    const QString js = QStringLiteral("const x = () => { return \"a\" + 1; };");

    QTest::newRow("nominal: C++ fence") << block(QStringLiteral(" class=\"language-cpp\""), cpp) << true;
    QTest::newRow("nominal: c++ label") << block(QStringLiteral(" class=\"language-c++\""), cpp) << true;
    QTest::newRow("nominal: python as py") << block(QStringLiteral(" class=\"language-py\""), python) << true;
    QTest::newRow("nominal: python as python") << block(QStringLiteral(" class=\"language-python\""), python) << true;
    QTest::newRow("nominal: Python capitalised") << block(QStringLiteral(" class=\"language-Python\""), python) << true;
    QTest::newRow("nominal: js through the file name") << block(QStringLiteral(" class=\"language-js\""), js) << true;
    QTest::newRow("nominal: MIME type label")
        << block(QStringLiteral(" class=\"language-text/x-python\""), python) << true;
    QTest::newRow("nominal: lang- class among others")
        << block(QStringLiteral(" class=\"hljs lang-cpp extra\""), cpp) << true;
    QTest::newRow("nominal: data-lang on code") << block(QStringLiteral(" data-lang=\"python\""), python) << true;
    QTest::newRow("nominal: language class on pre")
        << QStringLiteral("<pre class=\"language-cpp\" data-qs-start=\"0\" data-qs-end=\"9\"><code>%1</code></pre>")
               .arg(cpp.toHtmlEscaped())
        << true;
    QTest::newRow("nominal: data-lang on pre, no code element")
        << QStringLiteral("<p data-qs-start=\"0\" data-qs-end=\"3\">Hi.</p>\n<pre data-lang=\"cpp\">%1</pre>\n")
               .arg(cpp.toHtmlEscaped())
        << true;
    QTest::newRow("nominal: code label wins over pre label")
        << QStringLiteral("<pre data-lang=\"nonsense\"><code class=\"language-cpp\">%1</code></pre>")
               .arg(cpp.toHtmlEscaped())
        << true;
    QTest::newRow("nominal: special characters stay escaped")
        << block(QStringLiteral(" class=\"language-cpp\""),
                 QStringLiteral("if (a < b && c > d) s = \"<script>\"; // <b>&amp;</b>"))
        << true;
    QTest::newRow("nominal: several blocks between paragraphs")
        << QStringLiteral("<p data-qs-start=\"0\" data-qs-end=\"5\">One &amp; two.</p>\n")
            + block(QStringLiteral(" class=\"language-cpp\""), cpp)
            + QStringLiteral("<blockquote data-qs-start=\"40\" data-qs-end=\"44\"><p>Quote</p></blockquote>\n")
            + block(QStringLiteral(" class=\"language-python\""), python)
            + QStringLiteral("<pre data-qs-start=\"90\" data-qs-end=\"95\"><code>plain</code></pre>\n")
        << true;
    QTest::newRow("nominal: CRLF line ends")
        << block(QStringLiteral(" class=\"language-cpp\""), QStringLiteral("int a;\r\n// c\r\nint b;\r\n")) << true;
    QTest::newRow("nominal: numeric character references") << QStringLiteral(
        "<pre><code class=\"language-python\">print(&#39;hi&#x27;, &quot;&#128512;&quot;)</code></pre>")
                                                           << true;
    QTest::newRow("nominal: upper-case tags")
        << QStringLiteral("<PRE DATA-QS-START=\"1\"><CODE CLASS=\"language-cpp\">%1</CODE></PRE>")
               .arg(cpp.toHtmlEscaped())
        << true;
    QTest::newRow("nominal: single-quoted and unquoted attributes")
        << QStringLiteral("<pre data-qs-start=1 data-qs-end='9'><code class='language-cpp'>%1</code></pre>")
               .arg(cpp.toHtmlEscaped())
        << true;

    QTest::newRow("nominal: unknown label stays plain")
        << block(QStringLiteral(" class=\"language-notalanguage\""), cpp) << false;
    QTest::newRow("nominal: no label stays plain") << block(QString(), cpp) << false;
    QTest::newRow("nominal: no pre at all")
        << QStringLiteral("<p data-qs-start=\"0\" data-qs-end=\"9\">Some <code>int x;</code> inline.</p>") << false;
    QTest::newRow("nominal: inline code with a label is not a block")
        << QStringLiteral("<p>Call <code class=\"language-cpp\">int x;</code>.</p>") << false;

    QTest::newRow("robustness: empty code") << block(QStringLiteral(" class=\"language-cpp\""), QString()) << false;
    QTest::newRow("robustness: unterminated pre")
        << QStringLiteral("<p>x</p><pre data-qs-start=\"1\"><code class=\"language-cpp\">int x;") << false;
    QTest::newRow("robustness: unterminated start tag")
        << QStringLiteral("<p>x</p><pre data-qs-start=\"1\" class=\"language-cpp") << false;
    QTest::newRow("robustness: unterminated code element")
        << QStringLiteral("<pre><code class=\"language-cpp\">int x;</pre><p>after</p>") << false;
    QTest::newRow("robustness: block after an unterminated one is untouched")
        << QStringLiteral("<pre><code class=\"language-cpp\">int x;\n<p>after</p>") << false;
    QTest::newRow("robustness: markup inside the code stays plain")
        << QStringLiteral("<pre><code class=\"language-cpp\">int <b>x</b>;<br>int y;</code></pre>") << false;
    QTest::newRow("robustness: text after the code element stays plain")
        << QStringLiteral("<pre><code class=\"language-cpp\">int x;</code> tail</pre>") << false;
    QTest::newRow("robustness: unknown entity stays plain")
        << QStringLiteral("<pre><code class=\"language-cpp\">int x; // &hellip;</code></pre>") << false;
    QTest::newRow("robustness: path-like label stays plain")
        << QStringLiteral("<pre><code class=\"language-../../etc/passwd\">int x;</code></pre>") << false;
    QTest::newRow("robustness: tag names that only start with pre")
        << QStringLiteral("<prefix class=\"language-cpp\">int x;</prefix><preview>y</preview>") << false;
    QTest::newRow("robustness: pre closed twice")
        << QStringLiteral("<pre><code class=\"language-cpp\">int x;</code></pre></pre>") << true;
}

void TestCodeHighlighter::highlightCodeBlocks()
{
    QFETCH(QString, html);
    QFETCH(bool, highlighted);

    const QString output = m_service.highlightCodeBlocks(html);
    const Reading before = read(html);
    const Reading after = read(output);
    QCOMPARE(after.text, before.text);
    QCOMPARE(after.tags, before.tags); // data-qs-start/-end and every other attribute unchanged
    QCOMPARE(after.highlightSpans > 0, highlighted);
    if (!highlighted)
        QCOMPARE(output, html);
    // No raw '<' or '&' from the code reached the page: every '<' opens a tag we counted.
    QCOMPARE(output.count(u'<'), qsizetype(after.tags.size() + 2 * after.highlightSpans));
    // Highlighting is idempotent: a highlighted block holds markup and is left alone.
    QCOMPARE(m_service.highlightCodeBlocks(output), output);
}

void TestCodeHighlighter::definitionName_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("definition");

    QTest::newRow("nominal: definition name") << QStringLiteral("Python") << QStringLiteral("Python");
    QTest::newRow("nominal: lower-case name") << QStringLiteral("python") << QStringLiteral("Python");
    QTest::newRow("nominal: extension") << QStringLiteral("py") << QStringLiteral("Python");
    QTest::newRow("nominal: cpp") << QStringLiteral("cpp") << QStringLiteral("C++");
    QTest::newRow("nominal: js") << QStringLiteral("js") << QStringLiteral("JavaScript");
    QTest::newRow("nominal: rust") << QStringLiteral("rs") << QStringLiteral("Rust");
    QTest::newRow("nominal: MIME type") << QStringLiteral("text/x-python") << QStringLiteral("Python");
    QTest::newRow("robustness: unknown") << QStringLiteral("notalanguage") << QString();
    QTest::newRow("robustness: empty") << QString() << QString();
    QTest::newRow("robustness: wildcard") << QStringLiteral("*") << QString();
    QTest::newRow("robustness: spaces") << QStringLiteral("c pp") << QString();
}

void TestCodeHighlighter::definitionName()
{
    QFETCH(QString, label);
    QFETCH(QString, definition);
    QCOMPARE(m_service.definitionName(label), definition);
    QCOMPARE(m_service.definitionName(label), definition); // cached answer agrees
}

void TestCodeHighlighter::roundTrip_data()
{
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("spans");

    QTest::newRow("nominal: C++") << QStringLiteral("C++") << cppSnippet << true;
    QTest::newRow("nominal: multi-line comment")
        << QStringLiteral("C++") << QStringLiteral("/* one\n   two */\nint x;") << true;
    QTest::newRow("nominal: python triple quotes")
        << QStringLiteral("Python") << QStringLiteral("s = \"\"\"a\n\nb\"\"\"\nprint(s)\n") << true;
    QTest::newRow("nominal: no definition gives escaped text")
        << QString() << QStringLiteral("a < b && \"c\" > d\n") << false;
    QTest::newRow("robustness: empty") << QStringLiteral("C++") << QString() << false;
    QTest::newRow("robustness: only newlines") << QStringLiteral("C++") << QStringLiteral("\n\n\n") << false;
    QTest::newRow("robustness: CR LF and lone CR")
        << QStringLiteral("C++") << QStringLiteral("int a;\r\nint b;\rint c;\r\n\r\n") << true;
    QTest::newRow("robustness: tabs and trailing spaces")
        << QStringLiteral("C++") << QStringLiteral("\tint a;   \n\t\t// x\t\n") << true;
    QTest::newRow("robustness: surrogate pairs and combining marks")
        << QStringLiteral("Python") << QStringLiteral("s = \"😀 e\u0301 \U0001F9EA\"  # ✓ 😀\nx = 1") << true;
    QTest::newRow("robustness: unterminated string")
        << QStringLiteral("C++") << QStringLiteral("const char *s = \"never closed\nint x;") << true;
    QTest::newRow("robustness: NUL and control characters")
        << QStringLiteral("C++") << QStringLiteral("int a = 1;\u0001\u0000 // \u0007") << true;
}

void TestCodeHighlighter::roundTrip()
{
    QFETCH(QString, definition);
    QFETCH(QString, code);
    QFETCH(bool, spans);

    KSyntaxHighlighting::Repository repository;
    CodeHighlighter highlighter;
    highlighter.setDefinition(repository.definitionForName(definition));
    const QString fragment = highlighter.highlight(code);
    const Reading reading = read(fragment);
    QCOMPARE(reading.text, code);
    QVERIFY2(reading.tags.isEmpty(), qPrintable(reading.tags.join(u' ')));
    QCOMPARE(reading.highlightSpans > 0, spans);
    // A second run on the same highlighter starts from a clean state.
    QCOMPARE(highlighter.highlight(code), fragment);
}

void TestCodeHighlighter::golden()
{
    const QString dir = QStringLiteral(QUOTESHELF_TEST_DATA "/render/");
    const QString code = readFile(dir + QStringLiteral("snippet.cpp"));
    QVERIFY(!code.isEmpty());

    KSyntaxHighlighting::Repository repository;
    CodeHighlighter highlighter;
    highlighter.setDefinition(repository.definitionForName(QStringLiteral("C++")));
    const QString fragment = highlighter.highlight(code);
    QCOMPARE(read(fragment).text, code);

    // The expected fragment depends on the KSyntaxHighlighting C++ definition; after a deliberate
    // upgrade, regenerate with QUOTESHELF_UPDATE_GOLDEN=1 and review the diff like code.
    const QString goldenPath = dir + QStringLiteral("snippet.cpp.html");
    if (qEnvironmentVariableIsSet("QUOTESHELF_UPDATE_GOLDEN")) {
        QFile file(goldenPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(fragment.toUtf8());
    }
    QCOMPARE(fragment, readFile(goldenPath));
}

void TestCodeHighlighter::noCodeIsNotCopied()
{
    QString html;
    for (int i = 0; i < 20000; ++i)
        html += QStringLiteral(
                    "<p data-qs-start=\"%1\" data-qs-end=\"%2\">Paragraph with <code>inline</code> code &amp; "
                    "a <a href=\"https://example.org/prefix\">link</a>.</p>\n")
                    .arg(i * 40)
                    .arg(i * 40 + 38);
    const QString output = m_service.highlightCodeBlocks(html);
    QCOMPARE(output.constData(), html.constData()); // shared, not rebuilt

    const QString plainBlocks = QStringLiteral("<pre><code>a</code></pre><pre data-lang=\"none\">b</pre>");
    QCOMPARE(m_service.highlightCodeBlocks(plainBlocks).constData(), plainBlocks.constData());
}

void TestCodeHighlighter::largeBlocks_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<QString>("lineEnd");
    QTest::addColumn<bool>("highlighted");

    const qsizetype underLimit = HighlightService::maxHighlightedLength - 100;
    QTest::newRow("robustness: just under the limit") << underLimit << QStringLiteral("\n") << true;
    QTest::newRow("robustness: one minified line under the limit") << underLimit << QStringLiteral(" ") << true;
    QTest::newRow("robustness: 1 MB block") << qsizetype(1024 * 1024) << QStringLiteral("\n") << false;
}

void TestCodeHighlighter::largeBlocks()
{
    QFETCH(qsizetype, size);
    QFETCH(QString, lineEnd);
    QFETCH(bool, highlighted);

    QString code;
    code.reserve(size + 100);
    while (code.size() < size)
        code += QStringLiteral("for (int i = 0; i < n; ++i) { total += values[i] * 2; } /* \"sum\" */") + lineEnd;
    code.truncate(size);
    const QString html
        = QStringLiteral("<pre data-qs-start=\"0\" data-qs-end=\"%1\"><code class=\"language-cpp\">%2</code></pre>")
              .arg(code.size())
              .arg(code.toHtmlEscaped());
    QElapsedTimer timer;
    timer.start();
    const QString output = m_service.highlightCodeBlocks(html);
    const qint64 elapsed = timer.elapsed();
    qInfo("%lld characters of code in %lld ms", qlonglong(size), qlonglong(elapsed));
    QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
    const Reading reading = read(output);
    QCOMPARE(reading.text, code);
    QCOMPARE(reading.highlightSpans > 0, highlighted);
}

void TestCodeHighlighter::styleSheets()
{
    const QString light = m_service.styleSheet(QStringLiteral("light"));
    const QString sepia = m_service.styleSheet(QStringLiteral("sepia"));
    const QString dark = m_service.styleSheet(QStringLiteral("dark"));
    QVERIFY(light != dark);
    QCOMPARE(m_service.styleSheet(QStringLiteral("something else")), light);
    QVERIFY(m_service.themeName(QStringLiteral("light")) != m_service.themeName(QStringLiteral("dark")));

    // Every class the highlighter writes for ordinary C++ is styled in every theme.
    KSyntaxHighlighting::Repository repository;
    CodeHighlighter highlighter;
    highlighter.setDefinition(repository.definitionForName(QStringLiteral("C++")));
    const QString fragment
        = highlighter.highlight(readFile(QStringLiteral(QUOTESHELF_TEST_DATA "/render/snippet.cpp")));
    static const QRegularExpression classPattern(QStringLiteral("class=\"(qs-hl-[a-z]+)\""));
    int classes = 0;
    for (const auto &match : classPattern.globalMatch(fragment)) {
        ++classes;
        for (const QString *css : { &light, &sepia, &dark })
            QVERIFY2(css->contains(QLatin1Char('.') + match.captured(1) + QLatin1String(" {")),
                     qPrintable(match.captured(1)));
    }
    QVERIFY(classes > 5);
    // Backgrounds of code blocks stay the reader's: every rule styles one of our spans, nothing else.
    for (const QString *css : { &light, &sepia, &dark }) {
        for (const QStringView line : QStringView(*css).split(u'\n', Qt::SkipEmptyParts)) {
            QVERIFY2(line.startsWith(QLatin1String("/*")) || line.startsWith(QLatin1String(".qs-hl-")),
                     qPrintable(line.toString()));
        }
    }
}

void TestCodeHighlighter::styleSheetContrast_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("selector"); // where reader.css sets the theme's variables

    QTest::newRow("nominal: light") << QStringLiteral("light") << QStringLiteral(":root");
    QTest::newRow("nominal: sepia") << QStringLiteral("sepia") << QStringLiteral("html[data-theme=\"sepia\"]");
    QTest::newRow("nominal: dark") << QStringLiteral("dark") << QStringLiteral("html[data-theme=\"dark\"]");
}

// The colours come from a KSyntaxHighlighting theme but are drawn on the reader's --qs-code-bg;
// check each against the background reader.css really uses, so a change on either side shows.
void TestCodeHighlighter::styleSheetContrast()
{
    QFETCH(QString, theme);
    QFETCH(QString, selector);

    const QString readerCss = readFile(QStringLiteral(QUOTESHELF_SOURCE_DIR "/resources/web/reader.css"));
    const qsizetype block = readerCss.indexOf(selector + QLatin1String(" {"));
    QVERIFY(block >= 0);
    static const QRegularExpression codeBackground(QStringLiteral(R"(--qs-code-bg:\s*(#[0-9a-fA-F]{6}))"));
    const auto backgroundMatch = codeBackground.match(readerCss, block);
    QVERIFY(backgroundMatch.hasMatch());
    QCOMPARE(HighlightService::codeBackground(theme).toLower(), backgroundMatch.captured(1).toLower());
    const QColor blockBackground(backgroundMatch.captured(1));

    static const QRegularExpression rule(
        QStringLiteral(R"(\.(qs-hl-[a-z]+) \{ color:(#[0-9a-f]{6});(?:background-color:(#[0-9a-f]{6});)?)"));
    const QString css = m_service.styleSheet(theme);
    int rules = 0;
    for (const auto &match : rule.globalMatch(css)) {
        ++rules;
        const QColor background = match.hasCaptured(3) ? QColor(match.captured(3)) : blockBackground;
        const double ratio = contrast(QColor(match.captured(2)), background);
        // WCAG AA for body text: code is read like the prose around it.
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("%1 %2 on %3: %4:1")
                                .arg(match.captured(1), match.captured(2), background.name())
                                .arg(ratio, 0, 'f', 2)));
    }
    QVERIFY(rules > 10);
}

QTEST_GUILESS_MAIN(TestCodeHighlighter)
#include "tst_codehighlighter.moc"

#include "export/markdownexporter.h"

#include "export/exportcontext.h"
#include "export/markdowntext.h"

#include <KTextTemplate/Context>
#include <KTextTemplate/Engine>
#include <KTextTemplate/OutputStream>
#include <KTextTemplate/Template>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Quoteshelf::Export {

namespace {

const auto FilterLibrary = u"quoteshelf_templatefilters"_s;

// KTextTemplate escapes output for HTML by default ("&" -> "&amp;"); Markdown is written as is, and
// the filters (mdescape, yaml) take care of what Markdown and YAML need.
class MarkdownStream final : public KTextTemplate::OutputStream
{
public:
    explicit MarkdownStream(QTextStream *stream) : OutputStream(stream) { }
    QString escape(const QString &input) const override { return input; }
    QSharedPointer<OutputStream> clone(QTextStream *stream) const override
    {
        return QSharedPointer<MarkdownStream>::create(stream);
    }
};

QStringList pluginDirectories()
{
    QStringList dirs;
    for (const QString &dir :
         qEnvironmentVariable("QUOTESHELF_PLUGIN_PATH").split(QDir::listSeparator(), Qt::SkipEmptyParts))
        dirs.append(dir);
    if (QCoreApplication::instance()) {
        const QDir app(QCoreApplication::applicationDirPath());
        dirs.append(app.absoluteFilePath(u"../lib/plugins"_s)); // build tree
        dirs.append(app.absoluteFilePath(QStringLiteral(QUOTESHELF_PLUGIN_RELATIVE_DIR))); // installed
    }
    return dirs;
}

// Splits "---\nYAML\n---\nbody" into its two parts; anything else is all body.
void splitFrontMatter(const QString &output, ExportDocument &document)
{
    static const QRegularExpression frontMatter(u"\\A\\s*---[ \\t]*\\n(.*?\\n)?---[ \\t]*(\\n|\\z)"_s,
                                                QRegularExpression::DotMatchesEverythingOption);
    const auto match = frontMatter.match(output);
    if (match.hasMatch()) {
        document.frontMatter = match.captured(1).trimmed();
        document.body = output.mid(match.capturedEnd()).trimmed();
    } else {
        document.body = output.trimmed();
    }
}

bool isUnclosed(const QSharedPointer<KTextTemplate::TemplateImpl> &t)
{
    return t->error() == KTextTemplate::UnclosedBlockTagError;
}

} // namespace

MarkdownExporter::MarkdownExporter() : m_engine(std::make_unique<KTextTemplate::Engine>())
{
    const QStringList dirs = pluginDirectories();
    // addPluginPath prepends; add in reverse so the list's order is the search order.
    for (auto it = dirs.crbegin(); it != dirs.crend(); ++it)
        m_engine->addPluginPath(*it);
    m_engine->addDefaultLibrary(FilterLibrary);
    // No smart trim: it also eats the line break before a line holding only {{ variable }}, which
    // loses blank lines Markdown needs. Blank lines left by tag-only lines are tidied after rendering.
    m_engine->setSmartTrimEnabled(false);
    // Template last, so an error in the default template (a missing plugin) stays in errorString().
    setOptions(m_options);
    setTemplate(defaultTemplateText(), u"default.md"_s);
}

MarkdownExporter::~MarkdownExporter() = default;

QString MarkdownExporter::defaultTemplateText()
{
    QFile file(u":/export/default.md"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

MarkdownExporter::Template MarkdownExporter::parse(const QString &text, const QString &name)
{
    m_error.clear();
    m_errorLine = 0;
    Template t = m_engine->newTemplate(text, name);
    if (t->error() == KTextTemplate::NoError)
        return t;

    // KTextTemplate names the line for some errors only ("Unknown filter" comes without one). Find
    // it by parsing growing prefixes: the first prefix that fails for a reason other than an
    // unclosed block contains the culprit on its last line; if the only problem is an unclosed
    // block, the culprit is the line after the longest prefix that still parses.
    const QStringList lines = text.split(u'\n');
    int line = 0;
    int lastGood = 0;
    for (int n = 1; n <= lines.size() && line == 0; ++n) {
        const Template prefix = m_engine->newTemplate(lines.first(n).join(u'\n'), name);
        if (prefix->error() == KTextTemplate::NoError)
            lastGood = n;
        else if (!isUnclosed(prefix))
            line = n;
    }
    if (line == 0)
        line = qMin(lastGood + 1, int(lines.size()));
    m_errorLine = line;
    // KTextTemplate's own positions are 0-based, sometimes 0 for all lines, and repeated for nested
    // templates: drop them in favour of the line found above.
    static const QRegularExpression position(u"(,? on line \\d+|, line \\d+, [^,]*?(?=,|$))"_s);
    QString message = t->errorString().remove(position).replace(u"''"_s, u"'"_s).trimmed();
    m_error = u"%1:%2: %3"_s.arg(name).arg(line).arg(message);
    return {};
}

bool MarkdownExporter::setTemplate(const QString &text, const QString &name)
{
    if (Template t = parse(text, name)) {
        m_template = t;
        return true;
    }
    return false;
}

bool MarkdownExporter::loadTemplateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = u"%1: %2"_s.arg(path, file.errorString());
        m_errorLine = 0;
        return false;
    }
    return setTemplate(QString::fromUtf8(file.readAll()), path);
}

bool MarkdownExporter::setOptions(const ExportOptions &options)
{
    const QString pattern = options.fileNamePattern.isEmpty() ? u"{{ title }}"_s : options.fileNamePattern;
    Template t = parse(pattern, u"file name pattern"_s);
    if (!t)
        return false;
    m_fileNameTemplate = t;
    m_options = options;
    return true;
}

QString MarkdownExporter::renderTemplate(const Template &tmpl, const ExportData &data, QString *error) const
{
    if (!tmpl) {
        *error = m_error.isEmpty() ? u"no template"_s : m_error;
        return {};
    }
    KTextTemplate::Context context(exportContext(data, m_options));
    context.setAutoEscape(false);
    QString output;
    QTextStream text(&output);
    MarkdownStream stream(&text);
    tmpl->render(&stream, &context);
    text.flush();
    if (tmpl->error() != KTextTemplate::NoError) {
        *error = u"%1: %2"_s.arg(tmpl->objectName(), tmpl->errorString());
        return {};
    }
    return output;
}

ExportDocument MarkdownExporter::render(const ExportData &data) const
{
    ExportDocument document;
    document.articleId = data.article.id;
    const QString output = renderTemplate(m_template, data, &document.error);
    if (!document.ok()) {
        m_error = document.error;
        return document;
    }
    splitFrontMatter(MarkdownText::tidyBlankLines(output), document);
    return document;
}

QString MarkdownExporter::fileName(const ExportData &data) const
{
    QString error;
    const QString rendered = renderTemplate(m_fileNameTemplate, data, &error);
    return MarkdownText::fileName(rendered, u"article-%1"_s.arg(data.article.id));
}

} // namespace Quoteshelf::Export

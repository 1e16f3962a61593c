#pragma once

#include "export/exportdata.h"
#include "export/exportdocument.h"
#include "export/exportoptions.h"

#include <memory>
#include <QSharedPointer>
#include <QString>

namespace KTextTemplate {
class Engine;
class TemplateImpl;
} // namespace KTextTemplate

namespace Quoteshelf::Export {

// Renders ExportData through a KTextTemplate template (Django syntax: {{ var|filter }},
// {% for %}, {% if %}) into Markdown. The default template is :/export/default.md; the variables
// and the Quoteshelf filters are documented in app/export/TEMPLATES.md.
//
// Not thread-safe: each thread that exports makes its own exporter (the engine is a QObject).
class MarkdownExporter final
{
    Q_DISABLE_COPY_MOVE(MarkdownExporter)

public:
    // Starts with the default template and default options.
    MarkdownExporter();
    ~MarkdownExporter();

    static QString defaultTemplateText();

    // Parses the template now so a broken one is reported before anything is written. On failure the
    // previous template stays in use and errorString() names the line: "NAME:LINE: message".
    bool setTemplate(const QString &text, const QString &name = QStringLiteral("template"));
    bool loadTemplateFile(const QString &path);

    // Fails, keeping the previous options, when the file-name pattern does not parse.
    bool setOptions(const ExportOptions &options);
    const ExportOptions &options() const { return m_options; }

    // The last error of setTemplate/loadTemplateFile/setOptions, or of render().
    QString errorString() const { return m_error; }
    int errorLine() const { return m_errorLine; }

    ExportDocument render(const ExportData &data) const;

    // The file name for data from the options' pattern, made safe for any file system, without
    // the ".md" extension; "article-ID" when the pattern renders to nothing usable.
    QString fileName(const ExportData &data) const;

private:
    using Template = QSharedPointer<KTextTemplate::TemplateImpl>;
    Template parse(const QString &text, const QString &name);
    QString renderTemplate(const Template &tmpl, const ExportData &data, QString *error) const;

    std::unique_ptr<KTextTemplate::Engine> m_engine;
    Template m_template;
    Template m_fileNameTemplate;
    ExportOptions m_options;
    mutable QString m_error;
    mutable int m_errorLine = 0;
};

} // namespace Quoteshelf::Export

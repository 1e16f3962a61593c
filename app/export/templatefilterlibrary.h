#pragma once

#include <KTextTemplate/TagLibraryInterface>
#include <QObject>

namespace Quoteshelf::Export {

// The template filters Quoteshelf adds (yaml, blockquote, mdescape, hashtag, oneline), packaged as
// the KTextTemplate plugin library "quoteshelf_templatefilters". KTextTemplate has no API to
// register a library in-process: Engine only loads TagLibraryInterface plugins from
// <plugin dir>/kf6/ktexttemplate/, so this class is built as a MODULE beside the application
// (see CMakeLists.txt) and MarkdownExporter adds that directory to its engine.
class TemplateFilterLibrary final : public QObject, public KTextTemplate::TagLibraryInterface
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.kde.KTextTemplate.TagLibraryInterface")
    Q_INTERFACES(KTextTemplate::TagLibraryInterface)
    Q_DISABLE_COPY_MOVE(TemplateFilterLibrary)

public:
    explicit TemplateFilterLibrary(QObject *parent = nullptr);

    // The parser takes ownership of the returned filters, so every call makes new ones.
    QHash<QString, KTextTemplate::Filter *> filters(const QString &name = {}) override;
};

} // namespace Quoteshelf::Export

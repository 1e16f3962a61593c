#include "export/templatefilterlibrary.h"

#include "export/markdowntext.h"

#include <KTextTemplate/Filter>
#include <KTextTemplate/SafeString>
#include <KTextTemplate/Util>

#include <functional>

using namespace Qt::StringLiterals;

namespace Quoteshelf::Export {

namespace {

QString plain(const QVariant &value)
{
    return KTextTemplate::getSafeString(value).get();
}

QStringList plainList(const QVariant &value)
{
    QStringList out;
    for (const QVariant &item : value.toList())
        out.append(plain(item));
    return out;
}

bool isList(const QVariant &value)
{
    return value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList;
}

// Each filter is one pure function from MarkdownText; the output is Markdown, not HTML, so it is
// marked safe and never HTML-escaped afterwards.
class TextFilter final : public KTextTemplate::Filter
{
public:
    using Function = std::function<QString(const QVariant &)>;
    explicit TextFilter(Function function) : m_function(std::move(function)) { }

    QVariant doFilter(const QVariant &input, const QVariant &, bool) const override
    {
        return KTextTemplate::SafeString(m_function(input), KTextTemplate::SafeString::IsSafe);
    }
    bool isSafe() const override { return true; }

private:
    Function m_function;
};

QVariant unwrapped(const QVariant &value)
{
    // Template strings arrive as SafeString; lists and numbers as themselves.
    return KTextTemplate::isSafeString(value) ? QVariant(plain(value)) : value;
}

} // namespace

TemplateFilterLibrary::TemplateFilterLibrary(QObject *parent) : QObject(parent) { }

QHash<QString, KTextTemplate::Filter *> TemplateFilterLibrary::filters(const QString &)
{
    QHash<QString, KTextTemplate::Filter *> filters;
    filters.insert(u"yaml"_s, new TextFilter([](const QVariant &v) {
                       if (isList(v))
                           return MarkdownText::yaml(QVariant(plainList(v)));
                       return MarkdownText::yaml(unwrapped(v));
                   }));
    filters.insert(u"blockquote"_s,
                   new TextFilter([](const QVariant &v) { return MarkdownText::blockquote(plain(v)); }));
    filters.insert(u"mdescape"_s, new TextFilter([](const QVariant &v) { return MarkdownText::escape(plain(v)); }));
    filters.insert(u"oneline"_s, new TextFilter([](const QVariant &v) { return MarkdownText::oneLine(plain(v)); }));
    filters.insert(u"hashtag"_s, new TextFilter([](const QVariant &v) {
                       return isList(v) ? MarkdownText::hashtags(plainList(v)) : MarkdownText::hashtag(plain(v));
                   }));
    return filters;
}

} // namespace Quoteshelf::Export

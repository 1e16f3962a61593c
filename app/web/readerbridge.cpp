#include "web/readerbridge.h"

#include <QVariant>

#include <cmath>
#include <limits>
#include <optional>

namespace Quoteshelf::Web {

ReaderBridge::ReaderBridge(QObject *parent)
    : QObject(parent)
{
}

std::optional<double> ReaderBridge::progressFrom(const QVariant &value)
{
    bool ok = false;
    const double progress = value.toDouble(&ok);
    if (!value.isValid() || !ok || !std::isfinite(progress) || progress < 0.0 || progress > 1.0)
        return std::nullopt;
    return progress;
}

namespace {

// A whole number from JavaScript, or nullopt for anything else (NaN, strings, huge values).
std::optional<qint64> wholeNumber(const QVariant &value, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number) || number != std::floor(number) || number < double(minimum) || number > double(maximum))
        return std::nullopt;
    return qint64(number);
}

QRect rectFrom(const QVariant &value)
{
    const QVariantList list = value.toList();
    if (list.size() != 4)
        return {};
    constexpr qint64 limit = 1 << 24;
    const auto x = wholeNumber(list.at(0), -limit, limit);
    const auto y = wholeNumber(list.at(1), -limit, limit);
    const auto w = wholeNumber(list.at(2), 0, limit);
    const auto h = wholeNumber(list.at(3), 0, limit);
    if (!x || !y || !w || !h)
        return {};
    return QRect(int(*x), int(*y), int(*w), int(*h));
}

} // namespace

void ReaderBridge::reportSelection(const QVariant &start, const QVariant &end, const QVariant &rect, const QVariant &gesture)
{
    const auto from = wholeNumber(start, -1, std::numeric_limits<int>::max());
    const auto to = wholeNumber(end, -1, std::numeric_limits<int>::max());
    if (!from || !to)
        return;
    const bool byMouse = gesture.toString() == QLatin1String("mouse");
    if (*from < 0 || *to <= *from) {
        Q_EMIT selectionChanged(-1, -1, {}, byMouse);
        return;
    }
    Q_EMIT selectionChanged(*from, *to, rectFrom(rect), byMouse);
}

void ReaderBridge::reportHighlightClicked(const QVariant &id, const QVariant &rect)
{
    const auto highlight = wholeNumber(id, 1, std::numeric_limits<qint64>::max() / 4);
    if (highlight)
        Q_EMIT highlightClicked(*highlight, rectFrom(rect));
}

} // namespace Quoteshelf::Web

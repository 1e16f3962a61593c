#pragma once

// Helpers for tests that drive the real reader web view (see gestures.h for mouse and keys).

#include <QDebug>
#include <QTest>
#include <QVariant>
#include <QWebEnginePage>
#include <QWebEngineScript>

namespace Quoteshelf::Testing {

// Runs script in Quoteshelf's isolated script world (where reader.js lives) and waits for its
// answer, ten seconds at most; an invalid QVariant when it did not answer.
inline QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning() << "script did not answer:" << script;
    return result;
}

} // namespace Quoteshelf::Testing

#pragma once

// quoteshelf-cli as the tests run it: a real process of this build, its settings and data kept in
// a folder of the test's own.

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Quoteshelf::Testing {

struct CliRun
{
    int exitCode = -1; // -1: it did not finish (err says why)
    QString out;
    QString err;
};

// The tool of this build: the tests land in <build>/tests, the tools in <build>/bin.
inline QString cliPath()
{
    QString path = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../bin/quoteshelf-cli"));
#ifdef Q_OS_WIN
    path += QStringLiteral(".exe");
#endif
    return path;
}

// Runs the tool with args, its settings and data under home (the child has no test mode), through
// wrapper when one is given (setpriv, to run it as another user).
inline CliRun runCli(const QString &home, const QStringList &args, const QStringList &wrapper = {}, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("QUOTESHELF_LIBRARY"));
    process.setProcessEnvironment(env);
    if (wrapper.isEmpty())
        process.start(cliPath(), args);
    else
        process.start(wrapper.constFirst(), wrapper.mid(1) + QStringList{cliPath()} + args);
    CliRun run;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        run.err = QStringLiteral("quoteshelf-cli did not finish: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace Quoteshelf::Testing

#include "import/reader.h"

#include "import/plaintextreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Quoteshelf::Import {

QString blockKindName(Block::Kind kind)
{
    switch (kind) {
    case Block::Kind::Title: return QStringLiteral("title");
    case Block::Kind::Byline: return QStringLiteral("byline");
    case Block::Kind::Heading: return QStringLiteral("heading");
    case Block::Kind::Paragraph: return QStringLiteral("paragraph");
    case Block::Kind::Caption: return QStringLiteral("caption");
    case Block::Kind::Quote: return QStringLiteral("quote");
    case Block::Kind::List: return QStringLiteral("list");
    case Block::Kind::Code: return QStringLiteral("code");
    case Block::Kind::Related: return QStringLiteral("related");
    }
    return {};
}

ReadResult readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, QCoreApplication::translate("Import", "cannot open the file: %1").arg(file.errorString())};
    return readData(file.readAll(), path);
}

ReadResult readData(const QByteArray &data, const QString &fileName)
{
    Q_UNUSED(fileName);
    return PlainTextReader().read(data);
}

} // namespace Quoteshelf::Import

// W3C Web Annotations out of one library and into another: the round trip, the document's shape,
// re-import, edited articles, Hypothesis exports and broken files.
#include "shelf.h"

#include "library/webannotations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Quoteshelf;
using Testing::Shelf;

namespace {

// Library A: the three articles with highlights of every kind (note, tags, colours).
struct Source
{
    Shelf shelf;
    Testing::Pages pages;
    qint64 harbour = 0;
    qint64 orchard = 0;
    qint64 library = 0;

    bool setUp()
    {
        if (!shelf.open())
            return false;
        pages = Testing::writePages(shelf.dir.path());
        harbour = shelf.import(pages.harbour);
        orchard = shelf.import(pages.orchard);
        library = shelf.import(pages.library);
        return harbour && orchard && library
            && shelf.highlight(harbour, QStringLiteral("The ferry would run every hour by June"), QStringLiteral("yellow"),
                               QStringLiteral("Check the *timetable* when it is out."),
                               { QStringLiteral("transport"), QStringLiteral("Lowmere") })
            && shelf.highlight(harbour, QStringLiteral("northern pier"), QStringLiteral("green"))
            && shelf.highlight(harbour, QStringLiteral("We have heard promises about the pier"), QStringLiteral("pink"), {},
                               { QStringLiteral("doubt") })
            && shelf.highlight(orchard, QStringLiteral("We lost perhaps a third of the early varieties"),
                               QStringLiteral("blue"), QStringLiteral("A third!"), { QStringLiteral("farming") })
            && shelf.highlight(orchard, QStringLiteral("damaged blossom"), QStringLiteral("purple"))
            && shelf.highlight(library, QStringLiteral("the library will open on Sundays"), QStringLiteral("pink"),
                               QStringLiteral("**at last**\n\nTell the neighbours."));
    }

    QString exportTo(const QString &path, const QList<qint64> &ids = {})
    {
        Library::WebAnnotationExporter exporter(&shelf.db);
        const QByteArray json = exporter.document(ids).toJson();
        return Testing::writeFile(path, json) ? path : QString();
    }
};

QJsonObject exported(Source &source)
{
    Library::WebAnnotationExporter exporter(&source.shelf.db);
    return exporter.document().object();
}

// W3C motivations: every purpose a body may carry (Web Annotation Vocabulary, 3.3.5).
const QStringList Motivations
    = { QStringLiteral("assessing"),  QStringLiteral("bookmarking"), QStringLiteral("classifying"),
        QStringLiteral("commenting"), QStringLiteral("describing"),  QStringLiteral("editing"),
        QStringLiteral("highlighting"), QStringLiteral("identifying"), QStringLiteral("linking"),
        QStringLiteral("moderating"), QStringLiteral("questioning"), QStringLiteral("replying"),
        QStringLiteral("tagging") };

bool isIri(const QString &value)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:\\S+$"));
    return scheme.match(value).hasMatch();
}

bool isUtcDateTime(const QString &value)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z$"));
    return form.match(value).hasMatch() && QDateTime::fromString(value, Qt::ISODateWithMs).isValid();
}

QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson() : QJsonDocument(value.toObject()).toJson();
}

// One Hypothesis annotation as its API and its export give them: positions in UTF-16 units of the
// page as the browser saw it (so not the library's), a RangeSelector the library cannot use.
QJsonObject hypothesisAnnotation(const QString &uri, const QString &exact, const QString &prefix,
                                 const QString &suffix, const QString &text, const QStringList &tags)
{
    QJsonArray selectors{ QJsonObject{ { QStringLiteral("type"), QStringLiteral("RangeSelector") },
                                       { QStringLiteral("startContainer"), QStringLiteral("/main[1]/p[2]") },
                                       { QStringLiteral("startOffset"), 1 },
                                       { QStringLiteral("endContainer"), QStringLiteral("/main[1]/p[2]") },
                                       { QStringLiteral("endOffset"), 40 } },
                          QJsonObject{ { QStringLiteral("type"), QStringLiteral("TextPositionSelector") },
                                       { QStringLiteral("start"), 412 },
                                       { QStringLiteral("end"), 412 + exact.size() } } };
    if (!exact.isEmpty()) {
        selectors.append(QJsonObject{ { QStringLiteral("type"), QStringLiteral("TextQuoteSelector") },
                                      { QStringLiteral("exact"), exact },
                                      { QStringLiteral("prefix"), prefix },
                                      { QStringLiteral("suffix"), suffix } });
    }
    QJsonObject target{ { QStringLiteral("source"), uri } };
    if (!exact.isEmpty())
        target.insert(QStringLiteral("selector"), selectors);
    return QJsonObject{ { QStringLiteral("id"), QStringLiteral("Zq3vYxT0Ee2a") },
                        { QStringLiteral("created"), QStringLiteral("2025-03-14T09:26:53.589793+00:00") },
                        { QStringLiteral("updated"), QStringLiteral("2025-03-15T10:00:00.000000+00:00") },
                        { QStringLiteral("user"), QStringLiteral("acct:reader@hypothes.is") },
                        { QStringLiteral("uri"), uri },
                        { QStringLiteral("text"), text },
                        { QStringLiteral("tags"), QJsonArray::fromStringList(tags) },
                        { QStringLiteral("group"), QStringLiteral("__world__") },
                        { QStringLiteral("target"), QJsonArray{ target } },
                        { QStringLiteral("document"),
                          QJsonObject{ { QStringLiteral("title"), QJsonArray{ QStringLiteral("A page") } } } } };
}

} // namespace

class TestWebAnnotations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip()
    {
        Source a;
        QVERIFY(a.setUp());
        const QString file = a.exportTo(a.shelf.dir.filePath(QStringLiteral("out.jsonld")));
        QVERIFY(!file.isEmpty());

        // Library B: the same pages, imported from the same files, in another order.
        Shelf b;
        QVERIFY(b.open());
        QVERIFY(b.import(a.pages.library));
        QVERIFY(b.import(a.pages.orchard));
        QVERIFY(b.import(a.pages.harbour));
        QVERIFY(b.dump().isEmpty());

        const auto report = Library::WebAnnotationImporter(&b.db).importFile(file);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.imported, 6);
        QCOMPARE(report.orphaned, 0);
        QCOMPARE(report.alreadyPresent, 0);
        QCOMPARE(report.noArticle, 0);
        QCOMPARE(report.skipped, 0);
        // Ranges, text, context, notes, tags, colours and dates, article by article.
        QCOMPARE(b.dump(), a.shelf.dump());
        QCOMPARE(b.dump().size(), 6);
        // Imported notes and quotes are searchable like the reader's own.
        Library::HighlightFilter filter;
        filter.text = QStringLiteral("timetable");
        QCOMPARE(b.highlights->allHighlights(filter).size(), 1);
        filter.text = QStringLiteral("blossom");
        QCOMPARE(b.highlights->allHighlights(filter).size(), 1);
        // The library list's counts follow.
        QVERIFY(b.counts().contains(QStringLiteral("%1 harbour.html 3").arg(Testing::HarbourUrl)));
        QVERIFY(b.counts().contains(QStringLiteral(" library.txt 1")));
    }

    void importingTwiceChangesNothing()
    {
        Source a;
        QVERIFY(a.setUp());
        const QString file = a.exportTo(a.shelf.dir.filePath(QStringLiteral("out.jsonld")));
        // Into the library it came from: every highlight is already there.
        const QStringList before = a.shelf.dump();
        auto report = Library::WebAnnotationImporter(&a.shelf.db).importFile(file);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.alreadyPresent, 6);
        QCOMPARE(report.stored(), 0);
        QCOMPARE(a.shelf.dump(), before);

        // Into another library, twice.
        Shelf b;
        QVERIFY(b.open());
        QVERIFY(b.import(a.pages.harbour) && b.import(a.pages.orchard) && b.import(a.pages.library));
        QCOMPARE(Library::WebAnnotationImporter(&b.db).importFile(file).imported, 6);
        const QStringList once = b.dump();
        const QStringList countsOnce = b.counts();
        report = Library::WebAnnotationImporter(&b.db).importFile(file);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.imported, 0);
        QCOMPARE(report.orphaned, 0);
        QCOMPARE(report.alreadyPresent, 6);
        QCOMPARE(b.dump(), once);
        QCOMPARE(b.counts(), countsOnce);
    }

    void editedArticle_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("orphan");
        QTest::addColumn<QString>("exact");
        QTest::newRow("nominal: a paragraph added before the highlight")
            << QStringLiteral("<h1>Lowmere Votes to Rebuild Its Pier</h1>")
            << QStringLiteral("<h1>Lowmere Votes to Rebuild Its Pier</h1><p>Updated on Wednesday with the vote count: "
                              "nine councillors for, two against.</p>")
            << false << QStringLiteral("The ferry would run every hour by June");
        QTest::newRow("nominal: a word changed inside the highlight")
            << QStringLiteral("would run every hour") << QStringLiteral("would sail every hour") << false
            << QStringLiteral("The ferry would sail every hour by June");
        QTest::newRow("nominal: the sentence around it reworded")
            << QStringLiteral("if the money arrives on time") << QStringLiteral("provided the grant is paid")
            << false << QStringLiteral("The ferry would run every hour by June");
        QTest::newRow("robustness: the highlighted sentence removed")
            << QStringLiteral("The ferry would run every hour by June if the money arrives on time,")
            << QStringLiteral("Work starts in the autumn,") << true
            << QStringLiteral("The ferry would run every hour by June");
    }

    void editedArticle()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, orphan);
        QFETCH(QString, exact);
        Source a;
        QVERIFY(a.setUp());
        const QString file = a.exportTo(a.shelf.dir.filePath(QStringLiteral("out.jsonld")), { a.harbour });

        // Library B has a later version of the page: the same address, its text edited.
        Shelf b;
        QVERIFY(b.open());
        QByteArray page = Testing::newsPage(QStringLiteral("Lowmere Votes to Rebuild Its Pier"),
                                            Testing::harbourParagraphs(), Testing::HarbourUrl);
        QVERIFY(page.contains(from.toUtf8()));
        page.replace(from.toUtf8(), to.toUtf8());
        const QString edited = b.dir.filePath(QStringLiteral("harbour.html"));
        QVERIFY(Testing::writeFile(edited, page));
        const qint64 id = b.import(edited);
        QVERIFY(id > 0);

        const auto report = Library::WebAnnotationImporter(&b.db).importFile(file);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.imported + report.orphaned, 3);
        QCOMPARE(report.orphaned, orphan ? 1 : 0);
        bool seen = false;
        const QString text = b.articles->article(id)->text;
        for (const Library::HighlightRecord &h : b.highlights->highlights(id)) {
            if (h.note != QStringLiteral("Check the *timetable* when it is out."))
                continue;
            seen = true;
            QCOMPARE(h.orphaned, orphan);
            QCOMPARE(h.exact, exact);
            QCOMPARE(h.tags, (QStringList{ QStringLiteral("Lowmere"), QStringLiteral("transport") }));
            if (!orphan)
                QCOMPARE(Core::codePointMid(text, h.start, h.end), exact);
        }
        QVERIFY(seen);
        // Importing again recognises the orphan too.
        const auto again = Library::WebAnnotationImporter(&b.db).importFile(file);
        QCOMPARE(again.alreadyPresent, 3);
        QCOMPARE(again.stored(), 0);
    }

    void documentShape()
    {
        Source a;
        QVERIFY(a.setUp());
        const QJsonObject collection = exported(a);
        QCOMPARE(collection.value(QStringLiteral("@context")).toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
        QCOMPARE(collection.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
        QVERIFY(isIri(collection.value(QStringLiteral("id")).toString()));
        QCOMPARE(collection.value(QStringLiteral("total")).toInt(), 6);
        const QJsonObject page = collection.value(QStringLiteral("first")).toObject();
        QCOMPARE(page.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationPage"));
        QVERIFY(isIri(page.value(QStringLiteral("id")).toString()));
        QVERIFY(!page.contains(QStringLiteral("@context"))); // embedded: the collection's context applies
        const QJsonArray items = page.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 6);

        QSet<QString> ids;
        for (const QJsonValue &value : items) {
            const QJsonObject annotation = value.toObject();
            const QString id = annotation.value(QStringLiteral("id")).toString();
            QVERIFY2(isIri(id), qPrintable(id));
            QVERIFY2(!ids.contains(id), "annotation ids are unique");
            ids.insert(id);
            QCOMPARE(annotation.value(QStringLiteral("type")).toString(), QStringLiteral("Annotation"));
            QVERIFY(isUtcDateTime(annotation.value(QStringLiteral("created")).toString()));
            QVERIFY(isUtcDateTime(annotation.value(QStringLiteral("modified")).toString()));
            const QString motivation = annotation.value(QStringLiteral("motivation")).toString();
            QVERIFY(Motivations.contains(motivation));

            // Target: a source IRI and the two selectors, each with the fields the model requires.
            const QJsonObject target = annotation.value(QStringLiteral("target")).toObject();
            const QString source = target.value(QStringLiteral("source")).toString();
            QVERIFY2(isIri(source), qPrintable(source));
            const QJsonArray selectors = target.value(QStringLiteral("selector")).toArray();
            QCOMPARE(selectors.size(), 2);
            const QJsonObject quote = selectors.at(0).toObject();
            QCOMPARE(quote.value(QStringLiteral("type")).toString(), QStringLiteral("TextQuoteSelector"));
            QVERIFY(quote.value(QStringLiteral("exact")).isString());
            QVERIFY(!quote.value(QStringLiteral("exact")).toString().isEmpty());
            QVERIFY(quote.value(QStringLiteral("prefix")).isString());
            QVERIFY(quote.value(QStringLiteral("suffix")).isString());
            QVERIFY(Core::codePointLength(quote.value(QStringLiteral("prefix")).toString()) <= 32);
            QVERIFY(Core::codePointLength(quote.value(QStringLiteral("suffix")).toString()) <= 32);
            const QJsonObject position = selectors.at(1).toObject();
            QCOMPARE(position.value(QStringLiteral("type")).toString(), QStringLiteral("TextPositionSelector"));
            QVERIFY(position.value(QStringLiteral("start")).isDouble());
            QVERIFY(position.value(QStringLiteral("end")).isDouble());
            const qint64 start = position.value(QStringLiteral("start")).toInteger(-1);
            const qint64 end = position.value(QStringLiteral("end")).toInteger(-1);
            QVERIFY(start >= 0 && start < end);

            // The position names the quote in the article's stored text, counted in code points.
            qint64 articleId = 0;
            if (source == Testing::HarbourUrl)
                articleId = a.harbour;
            else if (source == Testing::OrchardUrl)
                articleId = a.orchard;
            else if (source == Library::WebAnnotations::articleIri(a.library))
                articleId = a.library;
            QVERIFY2(articleId > 0, qPrintable(source));
            const QString text = a.shelf.articles->article(articleId)->text;
            QCOMPARE(Core::codePointMid(text, start, end), quote.value(QStringLiteral("exact")).toString());
            QCOMPARE(Core::codePointMid(text, start - Core::codePointLength(quote.value(QStringLiteral("prefix")).toString()), start),
                     quote.value(QStringLiteral("prefix")).toString());

            // Bodies: textual, each with a W3C purpose; one colour; the note as Markdown.
            const QJsonArray bodies = annotation.value(QStringLiteral("body")).toArray();
            int colours = 0;
            int notes = 0;
            for (const QJsonValue &bodyValue : bodies) {
                const QJsonObject body = bodyValue.toObject();
                QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("TextualBody"));
                QVERIFY(body.value(QStringLiteral("value")).isString());
                const QString purpose = body.value(QStringLiteral("purpose")).toString();
                QVERIFY2(Motivations.contains(purpose), qPrintable(purpose));
                if (purpose == QLatin1String("highlighting")) {
                    ++colours;
                    QVERIFY(Library::HighlightRepository::isValidColor(body.value(QStringLiteral("value")).toString()));
                }
                if (purpose == QLatin1String("commenting")) {
                    ++notes;
                    QCOMPARE(body.value(QStringLiteral("format")).toString(), QStringLiteral("text/markdown"));
                }
            }
            QCOMPARE(colours, 1);
            QCOMPARE(motivation, notes > 0 ? QStringLiteral("commenting") : QStringLiteral("highlighting"));
        }

        // The article with a character outside the BMP before its highlight: code points, not UTF-16.
        const QString orchardText = a.shelf.articles->article(a.orchard)->text;
        QVERIFY(Core::codePointLength(orchardText) < orchardText.size());

        // One article's export holds that article's highlights only.
        const QJsonObject one = Library::WebAnnotationExporter(&a.shelf.db).document({ a.orchard }).object();
        QCOMPARE(one.value(QStringLiteral("total")).toInt(), 2);
        for (const QJsonValue &value : one.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray())
            QCOMPARE(value.toObject().value(QStringLiteral("target")).toObject().value(QStringLiteral("source")).toString(),
                     Testing::OrchardUrl);
    }

    void hypothesisExport_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::newRow("nominal: the export's {annotations: [...]}") << QStringLiteral("annotations");
        QTest::newRow("nominal: the API's {rows: [...]}") << QStringLiteral("rows");
        QTest::newRow("nominal: a bare array") << QStringLiteral("array");
    }

    void hypothesisExport()
    {
        QFETCH(QString, shape);
        Shelf b;
        QVERIFY(b.open());
        const Testing::Pages pages = Testing::writePages(b.dir.path());
        const qint64 harbour = b.import(pages.harbour);
        QVERIFY(harbour > 0);

        // Annotated in a browser through a link with a fragment and over http.
        const QString uri = QStringLiteral("http://coast.example/news/harbour-vote#comments");
        QJsonArray annotations{
            hypothesisAnnotation(uri, QStringLiteral("rebuild the northern pier"),
                                 QStringLiteral("of Lowmere voted on Tuesday to "), QStringLiteral(", which a winter"),
                                 QStringLiteral("Finally."), { QStringLiteral("pier"), QStringLiteral("council") }),
            hypothesisAnnotation(uri, QStringLiteral("said Tomas Greer"), QStringLiteral("since my father's day,\u201d "),
                                 QStringLiteral(", who keeps two boats"), {}, {}),
            // A page note: no quote to anchor.
            hypothesisAnnotation(uri, {}, {}, {}, QStringLiteral("Worth following up."), {}),
            // A page that is not in the library.
            hypothesisAnnotation(QStringLiteral("https://elsewhere.example/a"), QStringLiteral("something"), {}, {}, {}, {}),
        };
        QByteArray data;
        if (shape == QLatin1String("annotations")) {
            data = json(QJsonObject{ { QStringLiteral("export_date"), QStringLiteral("2025-04-01T08:00:00Z") },
                                     { QStringLiteral("export_userid"), QStringLiteral("acct:reader@hypothes.is") },
                                     { QStringLiteral("annotations"), annotations } });
        } else if (shape == QLatin1String("rows")) {
            data = json(QJsonObject{ { QStringLiteral("total"), annotations.size() }, { QStringLiteral("rows"), annotations } });
        } else {
            data = json(annotations);
        }
        const auto report = Library::WebAnnotationImporter(&b.db).importData(data, QStringLiteral("hypothesis.json"));
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.skipped, 1);
        QCOMPARE(report.noArticle, 1);
        QCOMPARE(report.orphaned, 0);

        const QList<Library::HighlightRecord> records = b.highlights->highlights(harbour);
        QCOMPARE(records.size(), 2);
        const QString text = b.articles->article(harbour)->text;
        QCOMPARE(records.at(0).exact, QStringLiteral("rebuild the northern pier"));
        QCOMPARE(Core::codePointMid(text, records.at(0).start, records.at(0).end), records.at(0).exact);
        QCOMPARE(records.at(0).note, QStringLiteral("Finally."));
        QCOMPARE(records.at(0).tags, (QStringList{ QStringLiteral("council"), QStringLiteral("pier") }));
        QCOMPARE(records.at(0).color, QStringLiteral("yellow"));
        QCOMPARE(records.at(0).createdAt, QDateTime(QDate(2025, 3, 14), QTime(9, 26, 53, 590), QTimeZone::UTC));
        QCOMPARE(records.at(1).exact, QStringLiteral("said Tomas Greer"));
        QVERIFY(records.at(1).note.isEmpty());

        const auto again = Library::WebAnnotationImporter(&b.db).importData(data, QStringLiteral("hypothesis.json"));
        QCOMPARE(again.alreadyPresent, 2);
        QCOMPARE(again.stored(), 0);
    }

    void brokenFileIsRefused_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("problem"); // part of the message
        const QJsonObject good = hypothesisAnnotation(Testing::HarbourUrl, QStringLiteral("northern pier"), {}, {},
                                                      QStringLiteral("ok"), {});
        const QByteArray valid = json(QJsonArray{ good });
        QTest::newRow("robustness: truncated") << valid.left(valid.size() / 2) << QStringLiteral("not a valid JSON file");
        QTest::newRow("robustness: garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                             << QStringLiteral("not a valid JSON file");
        QTest::newRow("robustness: empty file") << QByteArray() << QStringLiteral("not a valid JSON file");
        QTest::newRow("robustness: JSON of something else")
            << QByteArray(R"({"name": "my shopping list", "items": 3})")
            << QStringLiteral("neither a W3C annotation document nor a Hypothesis export");
        QTest::newRow("robustness: a number among the annotations")
            << json(QJsonArray{ good, 42 }) << QStringLiteral("entry 2");
        QJsonObject noExact = hypothesisAnnotation(Testing::HarbourUrl, QStringLiteral("x"), {}, {}, {}, {});
        QJsonArray targets = noExact.value(QStringLiteral("target")).toArray();
        QJsonObject target = targets.at(0).toObject();
        target.insert(QStringLiteral("selector"),
                      QJsonArray{ QJsonObject{ { QStringLiteral("type"), QStringLiteral("TextQuoteSelector") },
                                               { QStringLiteral("prefix"), QStringLiteral("a") } } });
        noExact.insert(QStringLiteral("target"), QJsonArray{ target });
        QTest::newRow("robustness: a TextQuoteSelector without exact")
            << json(QJsonArray{ good, noExact }) << QStringLiteral("annotation 2");
        QJsonObject noTarget = good;
        noTarget.remove(QStringLiteral("target"));
        QTest::newRow("robustness: an annotation without target")
            << json(QJsonArray{ good, noTarget }) << QStringLiteral("no target");
        QTest::newRow("robustness: a collection that only links to its pages")
            << json(QJsonObject{ { QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld") },
                                 { QStringLiteral("type"), QStringLiteral("AnnotationCollection") },
                                 { QStringLiteral("id"), QStringLiteral("https://example.org/c") },
                                 { QStringLiteral("total"), 4 },
                                 { QStringLiteral("first"), QStringLiteral("https://example.org/c/1") } })
            << QStringLiteral("not in the file");
        QTest::newRow("robustness: a page without items")
            << json(QJsonObject{ { QStringLiteral("type"), QStringLiteral("AnnotationPage") },
                                 { QStringLiteral("id"), QStringLiteral("https://example.org/p") },
                                 { QStringLiteral("partOf"), QStringLiteral("https://example.org/c") } })
            << QStringLiteral("no list of items");
    }

    void brokenFileIsRefused()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, problem);
        Source a;
        QVERIFY(a.setUp());
        const QStringList before = a.shelf.dump();
        const QStringList counts = a.shelf.counts();
        const QString path = a.shelf.dir.filePath(QStringLiteral("broken-annotations.json"));
        QVERIFY(Testing::writeFile(path, data) || data.isEmpty());
        const auto report = Library::WebAnnotationImporter(&a.shelf.db).importFile(path);
        QVERIFY(!report.ok());
        QVERIFY2(report.error.startsWith(QStringLiteral("broken-annotations.json: ")), qPrintable(report.error));
        QVERIFY2(report.error.contains(problem), qPrintable(report.error));
        QCOMPARE(report.stored(), 0);
        QCOMPARE(a.shelf.dump(), before);
        QCOMPARE(a.shelf.counts(), counts);
    }
};

QTEST_GUILESS_MAIN(TestWebAnnotations)
#include "tst_webannotations.moc"

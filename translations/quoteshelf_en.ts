<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%n element(s) had more than %1 attributes; only the first %1 of each were kept</source>
        <translation>
            <numerusform>%n element had more than %1 attributes; only the first %1 of each were kept</numerusform>
            <numerusform>%n elements had more than %1 attributes; only the first %1 of each were kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message numerus="yes">
        <source>%n image(s) could not be fetched</source>
        <translation>
            <numerusform>%n image could not be fetched</numerusform>
            <numerusform>%n images could not be fetched</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Library::Database</name>
    <message numerus="yes">
        <source>%n reference(s) to rows that are not there</source>
        <translation>
            <numerusform>%n reference to rows that are not there</numerusform>
            <numerusform>%n references to rows that are not there</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::ExportDialog</name>
    <message numerus="yes">
        <source>%1 (%n article(s))</source>
        <translation>
            <numerusform>%1 (%n article)</numerusform>
            <numerusform>%1 (%n articles)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were changed by you inside the exported block. Overwrite them?</source>
        <translation>
            <numerusform>%n file was changed by you inside the exported block. Overwrite them?</numerusform>
            <numerusform>%n files were changed by you inside the exported block. Overwrite them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::ImportController</name>
    <message numerus="yes">
        <source>%n file(s) processed.</source>
        <translation>
            <numerusform>%n file processed.</numerusform>
            <numerusform>%n files processed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be imported after the current import.</source>
        <translation>
            <numerusform>%n file will be imported after the current import.</numerusform>
            <numerusform>%n files will be imported after the current import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>Imported %n article.</numerusform>
            <numerusform>Imported %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported, but not all as saved.</source>
        <translation>
            <numerusform>%n file imported, but not all as saved.</numerusform>
            <numerusform>%n files imported, but not all as saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n link(s) from %1…</source>
        <translation>
            <numerusform>Importing %n link from %1…</numerusform>
            <numerusform>Importing %n links from %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>%n article imported.</numerusform>
            <numerusform>%n articles imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) could not be imported.</source>
        <translation>
            <numerusform>%n article could not be imported.</numerusform>
            <numerusform>%n articles could not be imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::LibraryItemDelegate</name>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::MainWindow</name>
    <message numerus="yes">
        <source>Search results (%n)</source>
        <translation>
            <numerusform>Search results (%n)</numerusform>
            <numerusform>Search results (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All articles in the list (%n)</source>
        <translation>
            <numerusform>All articles in the list (%n)</numerusform>
            <numerusform>All articles in the list (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n highlight(s) in this article</source>
        <translation>
            <numerusform> · %n highlight in this article</numerusform>
            <numerusform> · %n highlights in this article</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n quote(s)</source>
        <translation>
            <numerusform> · %n quote</numerusform>
            <numerusform> · %n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to %1</source>
        <translation>
            <numerusform>Exported %n annotation to %1</numerusform>
            <numerusform>Exported %n annotations to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::NotebookWindow</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n entries as Markdown</source>
        <translation>
            <numerusform>Copied %n entry as Markdown</numerusform>
            <numerusform>Copied %n entries as Markdown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::SpeakersWindow</name>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n articles</source>
        <translation>
            <numerusform>in %n article</numerusform>
            <numerusform>in %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n annotation(s) exported</source>
        <translation>
            <numerusform>%n annotation exported</numerusform>
            <numerusform>%n annotations exported</numerusform>
        </translation>
    </message>
</context>
</TS>

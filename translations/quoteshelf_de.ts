<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BackupStore</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>damaged (%1)</source>
        <translation>beschädigt (%1)</translation>
    </message>
    <message>
        <source>not a Quoteshelf library</source>
        <translation>keine Quoteshelf-Bibliothek</translation>
    </message>
    <message>
        <source>There is no backup of %1 in %2.</source>
        <translation>In %2 gibt es keine Sicherung von %1.</translation>
    </message>
    <message>
        <source>No backup of %1 passes its check: %2</source>
        <translation>Keine Sicherung von %1 besteht die Prüfung: %2</translation>
    </message>
    <message>
        <source>Cannot restore from %1: %2</source>
        <translation>Wiederherstellen aus %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before restoring it (is the disk full?); nothing was changed.</source>
        <translation>Vor dem Wiederherstellen kann keine Kopie von %1 angelegt werden (ist der Datenträger voll?); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot restore %1 from %2: %3. The library as it was is in %4.</source>
        <translation>%1 kann nicht aus %2 wiederhergestellt werden: %3. Die Bibliothek im vorherigen Zustand liegt in %4.</translation>
    </message>
    <message>
        <source>Cannot copy %1: %2</source>
        <translation>%1 kann nicht kopiert werden: %2</translation>
    </message>
    <message>
        <source>The copy of %1 did not pass its check (%2); it was not kept.</source>
        <translation>Die Kopie von %1 hat die Prüfung nicht bestanden (%2) und wurde nicht behalten.</translation>
    </message>
    <message>
        <source>Cannot keep the copy as %1.</source>
        <translation>Die Kopie kann nicht als %1 behalten werden.</translation>
    </message>
    <message>
        <source>The library is in %1 already.</source>
        <translation>Die Bibliothek liegt bereits in %1.</translation>
    </message>
    <message>
        <source>%1 holds a library already; choose an empty folder.</source>
        <translation>In %1 liegt bereits eine Bibliothek; wählen Sie einen leeren Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 to %2.</source>
        <translation>Die Sicherung %1 kann nicht nach %2 kopiert werden.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Other highlights</source>
        <translation>Weitere Markierungen</translation>
    </message>
    <message>
        <source>the file holds the export of article %1</source>
        <translation>die Datei enthält den Export von Artikel %1</translation>
    </message>
    <message>
        <source>the file has no Quoteshelf export block</source>
        <translation>die Datei hat keinen Quoteshelf-Exportblock</translation>
    </message>
    <message>
        <source>the file has %1 export blocks for article %2</source>
        <translation>die Datei hat %1 Exportblöcke für Artikel %2</translation>
    </message>
    <message>
        <source>the export block has no end marker (&lt;!-- quoteshelf:end --&gt;)</source>
        <translation>dem Exportblock fehlt die Endmarke (&lt;!-- quoteshelf:end --&gt;)</translation>
    </message>
    <message>
        <source>the export block was edited since the last export</source>
        <translation>der Exportblock wurde seit dem letzten Export bearbeitet</translation>
    </message>
    <message>
        <source>no free file name</source>
        <translation>kein freier Dateiname</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>no article %1 in the library</source>
        <translation>kein Artikel %1 in der Bibliothek</translation>
    </message>
</context>
<context>
    <name>HighlightColours</name>
    <message>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>the page has more than %L1 elements (%L2); no article has that many</source>
        <translation>die Seite hat mehr als %L1 Elemente (%L2); kein Artikel hat so viele</translation>
    </message>
    <message>
        <source>the page&apos;s tags have more than %L1 attributes (%L2); no article has that many</source>
        <translation>die Tags der Seite haben mehr als %L1 Attribute (%L2); kein Artikel hat so viele</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) had more than %1 attributes; only the first %1 of each were kept</source>
        <translation>
            <numerusform>%n Element hatte mehr als %1 Attribute; nur die ersten %1 wurden behalten</numerusform>
            <numerusform>%n Elemente hatten mehr als %1 Attribute; nur die ersten %1 jedes Elements wurden behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>the page contains no readable text</source>
        <translation>die Seite enthält keinen lesbaren Text</translation>
    </message>
    <message>
        <source>the Markdown file could not be read</source>
        <translation>die Markdown-Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the MHTML archive is truncated: the file ends in the middle of the page</source>
        <translation>das MHTML-Archiv ist abgeschnitten: die Datei endet mitten in der Seite</translation>
    </message>
    <message>
        <source>the MHTML archive&apos;s parts decode to more than %1 MB</source>
        <translation>die Teile des MHTML-Archivs ergeben entpackt mehr als %1 MB</translation>
    </message>
    <message>
        <source>not a readable MHTML archive: it contains no HTML page (the file may be truncated or damaged)</source>
        <translation>kein lesbares MHTML-Archiv: es enthält keine HTML-Seite (die Datei ist vielleicht abgeschnitten oder beschädigt)</translation>
    </message>
    <message>
        <source>the MHTML archive is truncated (the file ends before the archive does): the page is complete, but images saved after the point where it ends are missing</source>
        <translation>das MHTML-Archiv ist abgeschnitten (die Datei endet vor dem Archiv): die Seite ist vollständig, aber Bilder, die nach dieser Stelle gespeichert wurden, fehlen</translation>
    </message>
    <message>
        <source>MHTML archives are not supported by this build (KMime missing)</source>
        <translation>MHTML-Archive werden von dieser Version nicht unterstützt (KMime fehlt)</translation>
    </message>
    <message>
        <source>not a readable MHTML archive: a part&apos;s header is longer than %1 KB</source>
        <translation>kein lesbares MHTML-Archiv: der Kopf eines Teils ist länger als %1 KB</translation>
    </message>
    <message>
        <source>the archive has more than %1 parts; no saved page has that many</source>
        <translation>das Archiv hat mehr als %1 Teile; keine gespeicherte Seite hat so viele</translation>
    </message>
    <message>
        <source>the archive&apos;s parts are nested more than %1 levels deep; no saved page is</source>
        <translation>die Teile des Archivs sind mehr als %1 Ebenen tief verschachtelt; keine gespeicherte Seite ist das</translation>
    </message>
    <message>
        <source>the file is too large to import (%1 MB; the limit is %2 MB)</source>
        <translation>die Datei ist zu groß für den Import (%1 MB; die Grenze liegt bei %2 MB)</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not a text or HTML document: the file is binary data</source>
        <translation>kein Text- oder HTML-Dokument: die Datei enthält Binärdaten</translation>
    </message>
    <message>
        <source>the page has %L1 elements in %2 of markup, more than %L3: far more tags than an article of that size has</source>
        <translation>die Seite hat %L1 Elemente in %2 Markup, mehr als %L3: weit mehr Tags, als ein Artikel dieser Größe hat</translation>
    </message>
    <message>
        <source>the page is empty</source>
        <translation>die Seite ist leer</translation>
    </message>
    <message>
        <source>not an HTML page</source>
        <translation>keine HTML-Seite</translation>
    </message>
    <message>
        <source>not a web address (only http and https addresses can be imported)</source>
        <translation>keine Webadresse (nur http- und https-Adressen lassen sich importieren)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the page is too large to import (%1 MB; the limit is %2 MB)</source>
        <translation>die Seite ist zu groß zum Importieren (%1 MB; die Grenze liegt bei %2 MB)</translation>
    </message>
    <message>
        <source>the page is too large to import (more than %1 MB)</source>
        <translation>die Seite ist zu groß zum Importieren (mehr als %1 MB)</translation>
    </message>
    <message>
        <source>not an HTML page (the server sent %1)</source>
        <translation>keine HTML-Seite (der Server schickte %1)</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>der Server antwortete mit HTTP %1 %2</translation>
    </message>
    <message>
        <source>host not found: %1 (no such name, or no network)</source>
        <translation>Host nicht gefunden: %1 (kein solcher Name oder kein Netzwerk)</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>der Server hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>timed out: no answer for %1 seconds</source>
        <translation>Zeitüberschreitung: %1 Sekunden lang keine Antwort</translation>
    </message>
    <message>
        <source>secure connection (TLS) failed: %1</source>
        <translation>sichere Verbindung (TLS) fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation>zu viele Weiterleitungen (mehr als %1)</translation>
    </message>
    <message>
        <source>redirected from a secure (https) address to an insecure one; not followed</source>
        <translation>von einer sicheren (https-)Adresse auf eine unsichere weitergeleitet; nicht gefolgt</translation>
    </message>
    <message>
        <source>redirected to an address that is not http or https</source>
        <translation>auf eine Adresse weitergeleitet, die nicht http oder https ist</translation>
    </message>
    <message>
        <source>a CSV file without a URL column</source>
        <translation>eine CSV-Datei ohne URL-Spalte</translation>
    </message>
    <message>
        <source>no web addresses found (expected a Pocket or Instapaper export)</source>
        <translation>keine Webadressen gefunden (erwartet wird ein Export aus Pocket oder Instapaper)</translation>
    </message>
    <message>
        <source>timed out: the page took longer than %1 seconds to arrive</source>
        <translation>Zeitüberschreitung: die Seite brauchte länger als %1 Sekunden</translation>
    </message>
    <message>
        <source>%1: not an Omnivore export (no metadata_*.json in it)</source>
        <translation>%1: kein Export aus Omnivore (keine metadata_*.json darin)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 is not valid JSON (%3)</source>
        <translation>%1: %2 ist kein gültiges JSON (%3)</translation>
    </message>
    <message>
        <source>%1: %2 is not a list of articles</source>
        <translation>%1: %2 ist keine Liste von Artikeln</translation>
    </message>
    <message>
        <source>%1: %2: an entry has neither a slug nor a URL</source>
        <translation>%1: %2: ein Eintrag hat weder Slug noch URL</translation>
    </message>
    <message>
        <source>%1: the files of %2: %3</source>
        <translation>%1: die Dateien von %2: %3</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>%1: not a readable zip archive (damaged or truncated?)</source>
        <translation>%1: kein lesbares Zip-Archiv (beschädigt oder abgeschnitten?)</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 ist zu groß</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated in the archive</source>
        <translation>%1 ist im Archiv beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>the page “%1” contains no readable text besides its title (a page that loads its text with scripts is saved without it)</source>
        <translation>die Seite „%1“ enthält außer ihrem Titel keinen lesbaren Text (eine Seite, die ihren Text per Skript lädt, wird ohne ihn gespeichert)</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: is a folder, not a saved article</source>
        <translation>%1: ist ein Ordner, kein gespeicherter Artikel</translation>
    </message>
    <message>
        <source>%1: is the Quoteshelf library itself, not a saved article</source>
        <translation>%1: ist die Quoteshelf-Bibliothek selbst, kein gespeicherter Artikel</translation>
    </message>
    <message>
        <source>could not store the tag %1</source>
        <translation>das Schlagwort %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>could not tidy the tags</source>
        <translation>die Schlagwörter konnten nicht aufgeräumt werden</translation>
    </message>
    <message>
        <source>is a folder, not a saved article</source>
        <translation>ist ein Ordner, kein gespeicherter Artikel</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is the Quoteshelf library itself, not a saved article</source>
        <translation>ist die Quoteshelf-Bibliothek selbst, kein gespeicherter Artikel</translation>
    </message>
    <message>
        <source>articles %1 all came from %2; it is not certain which one this file replaces</source>
        <translation>die Artikel %1 stammen alle aus %2; es ist nicht sicher, welchen diese Datei ersetzt</translation>
    </message>
    <message>
        <source>articles %1 all came from this file; it is not certain which one it replaces</source>
        <translation>die Artikel %1 stammen alle aus dieser Datei; es ist nicht sicher, welchen sie ersetzt</translation>
    </message>
    <message>
        <source>article %1 came from this file but named its web address, and this version names none; it is not certain that it is the same article</source>
        <translation>Artikel %1 stammt aus dieser Datei, nannte aber seine Webadresse, und diese Version nennt keine; es ist nicht sicher, dass es derselbe Artikel ist</translation>
    </message>
    <message>
        <source>article %1 came from this file but from another web address; this file now holds a different page</source>
        <translation>Artikel %1 stammt aus dieser Datei, aber von einer anderen Webadresse; diese Datei enthält jetzt eine andere Seite</translation>
    </message>
    <message>
        <source>article %1 came from a file named %2, but not from this one (%3); it is not certain that it is the same article</source>
        <translation>Artikel %1 stammt aus einer Datei namens %2, aber nicht aus dieser (%3); es ist nicht sicher, dass es derselbe Artikel ist</translation>
    </message>
    <message>
        <source>could not look up the article: %1</source>
        <translation>der Artikel konnte nicht nachgeschlagen werden: %1</translation>
    </message>
    <message>
        <source>%1: there is no article %2 in the library</source>
        <translation>%1: in der Bibliothek gibt es keinen Artikel %2</translation>
    </message>
    <message>
        <source>%1: not replaced: %2</source>
        <translation>%1: nicht ersetzt: %2</translation>
    </message>
    <message>
        <source>%1: the library is busy or read-only</source>
        <translation>%1: die Bibliothek ist belegt oder schreibgeschützt</translation>
    </message>
    <message>
        <source>%1: this text is already in the library as article %2</source>
        <translation>%1: dieser Text ist bereits als Artikel %2 in der Bibliothek</translation>
    </message>
    <message>
        <source>%1: could not update the article: %2</source>
        <translation>%1: der Artikel konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>%1: could not save the article in the library</source>
        <translation>%1: der Artikel konnte nicht in der Bibliothek gespeichert werden</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be fetched</source>
        <translation>
            <numerusform>%n Bild konnte nicht geladen werden</numerusform>
            <numerusform>%n Bilder konnten nicht geladen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>only the first %1 of its %2 images were fetched</source>
        <translation>nur die ersten %1 ihrer %2 Bilder wurden geladen</translation>
    </message>
    <message>
        <source>Quoteshelf highlights</source>
        <translation>Quoteshelf-Markierungen</translation>
    </message>
    <message>
        <source>entry %1 of the annotation list is not an annotation (not a JSON object)</source>
        <translation>Eintrag %1 der Annotationsliste ist keine Annotation (kein JSON-Objekt)</translation>
    </message>
    <message>
        <source>an AnnotationPage has no list of items</source>
        <translation>eine AnnotationPage hat keine Liste von Einträgen (items)</translation>
    </message>
    <message>
        <source>the collection&apos;s pages are not in the file (it only links to them)</source>
        <translation>die Seiten der Sammlung sind nicht in der Datei (sie verweist nur auf sie)</translation>
    </message>
    <message>
        <source>the collection has no first page</source>
        <translation>die Sammlung hat keine erste Seite</translation>
    </message>
    <message>
        <source>it is neither a W3C annotation document nor a Hypothesis export</source>
        <translation>sie ist weder ein W3C-Annotationsdokument noch ein Hypothesis-Export</translation>
    </message>
    <message>
        <source>a TextQuoteSelector has no exact text</source>
        <translation>ein TextQuoteSelector hat keinen Text (exact)</translation>
    </message>
    <message>
        <source>a TextPositionSelector has no start or end</source>
        <translation>ein TextPositionSelector hat keinen Anfang oder kein Ende</translation>
    </message>
    <message>
        <source>an annotation has no target</source>
        <translation>eine Annotation hat kein Ziel (target)</translation>
    </message>
    <message>
        <source>the library could not be written: %1</source>
        <translation>die Bibliothek konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the highlight&apos;s tags could not be stored</source>
        <translation>die Schlagwörter der Markierung konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1: is a folder, not an annotation file</source>
        <translation>%1: ist ein Ordner, keine Annotationsdatei</translation>
    </message>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation>%1: die Datei kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB</source>
        <translation>%1: die Datei ist größer als %2 MB</translation>
    </message>
    <message>
        <source>%1: not a valid JSON file (%2 at byte %3)</source>
        <translation>%1: keine gültige JSON-Datei (%2 bei Byte %3)</translation>
    </message>
    <message>
        <source>annotation %1: %2</source>
        <translation>Annotation %1: %2</translation>
    </message>
    <message>
        <source>%1: the library is busy or read-only (%2)</source>
        <translation>%1: die Bibliothek ist belegt oder schreibgeschützt (%2)</translation>
    </message>
    <message>
        <source>%1: the annotations could not be saved: %2</source>
        <translation>%1: die Annotationen konnten nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1: no web address in the export</source>
        <translation>%1: keine Webadresse im Export</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Core::SingleInstance</name>
    <message>
        <source>Cannot create the lock file in %1.</source>
        <translation>Die Sperrdatei in %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot listen for other Quoteshelf windows: %1</source>
        <translation>Andere Quoteshelf-Fenster können nicht empfangen werden: %1</translation>
    </message>
    <message>
        <source>Quoteshelf is already running on this library but does not answer.</source>
        <translation>Quoteshelf läuft bereits mit dieser Bibliothek, antwortet aber nicht.</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Library::ArticleRepository</name>
    <message>
        <source>The library is busy or read-only: %1</source>
        <translation>Die Bibliothek ist belegt oder schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Could not save the article in the library: %1</source>
        <translation>Der Artikel konnte nicht in der Bibliothek gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Library::Database</name>
    <message>
        <source>Cannot create the library folder %1.</source>
        <translation>Der Bibliotheksordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create a library in %1: the folder is read-only.</source>
        <translation>In %1 kann keine Bibliothek angelegt werden: der Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Quoteshelf library: it is not an SQLite database.</source>
        <translation>%1 ist keine Quoteshelf-Bibliothek: es ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). Restore it from a backup.</source>
        <translation>%1 ist beschädigt und kann nicht geöffnet werden (%2). Stellen Sie die Bibliothek aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened.</source>
        <translation>%1 ist beschädigt und kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Quoteshelf library.</source>
        <translation>%1 ist die SQLite-Datenbank eines anderen Programms, keine Quoteshelf-Bibliothek.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Quoteshelf (library format %2; this version reads up to %3). Update Quoteshelf to open it; the library was not changed.</source>
        <translation>%1 wurde von einer neueren Version von Quoteshelf geschrieben (Bibliotheksformat %2; diese Version liest bis %3). Aktualisieren Sie Quoteshelf, um sie zu öffnen; die Bibliothek wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version of Quoteshelf, but it is read-only. Open it once where it can be written.</source>
        <translation>%1 muss für diese Version von Quoteshelf aktualisiert werden, ist aber schreibgeschützt. Öffnen Sie sie einmal dort, wo sie beschrieben werden kann.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the library is read-only</source>
        <translation>die Bibliothek ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the library is damaged</source>
        <translation>die Bibliothek ist beschädigt</translation>
    </message>
    <message>
        <source>the disk could not be read or written (%1)</source>
        <translation>der Datenträger konnte nicht gelesen oder beschrieben werden (%1)</translation>
    </message>
    <message>
        <source>the library is damaged; nothing more is written to it</source>
        <translation>die Bibliothek ist beschädigt; es wird nichts mehr hineingeschrieben</translation>
    </message>
    <message>
        <source>Cannot set up %1: %2</source>
        <translation>%1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>Cannot back up %1 before upgrading it: %2</source>
        <translation>%1 kann vor der Aktualisierung nicht gesichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the library %1: %2</source>
        <translation>Die Bibliothek %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation>%1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Upgrading %1 to library format %2 (%3) failed: %4</source>
        <translation>Die Aktualisierung von %1 auf Bibliotheksformat %2 (%3) ist fehlgeschlagen: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) to rows that are not there</source>
        <translation>
            <numerusform>%n Verweis auf Zeilen, die es nicht gibt</numerusform>
            <numerusform>%n Verweise auf Zeilen, die es nicht gibt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Library::LibraryHealth</name>
    <message>
        <source>found damaged before</source>
        <translation>bereits zuvor als beschädigt erkannt</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Library::LibraryModel</name>
    <message>
        <source>Untitled article</source>
        <translation>Artikel ohne Titel</translation>
    </message>
    <message>
        <source>%1
by %2</source>
        <translation>%1
von %2</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Library::NotebookModel</name>
    <message>
        <source>Untitled article</source>
        <translation>Artikel ohne Titel</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::AnnotationController</name>
    <message>
        <source>Could not save the highlight.</source>
        <translation>Die Markierung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Markierung löschen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Article Note</source>
        <translation>Artikelnotiz</translation>
    </message>
    <message>
        <source>Select the text the highlight belongs to first, then choose Re-attach.</source>
        <translation>Wählen Sie zuerst den Text aus, zu dem die Markierung gehört, und dann „Der Auswahl neu zuordnen“.</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1” (an existing tag’s name merges the two):</source>
        <translation>Neuer Name für „%1“ (der Name eines vorhandenen Schlagworts führt beide zusammen):</translation>
    </message>
    <message>
        <source>Article Tags</source>
        <translation>Schlagwörter des Artikels</translation>
    </message>
    <message>
        <source>Tags for “%1”, separated by commas:</source>
        <translation>Schlagwörter für „%1“, durch Kommas getrennt:</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::ArticlePanels</name>
    <message>
        <source>Article panels</source>
        <translation>Artikelbereiche</translation>
    </message>
    <message>
        <source>Speakers in this article</source>
        <translation>Sprecher in diesem Artikel</translation>
    </message>
    <message>
        <source>Quotes in this article</source>
        <translation>Zitate in diesem Artikel</translation>
    </message>
    <message>
        <source>Tags of this article</source>
        <translation>Schlagwörter dieses Artikels</translation>
    </message>
    <message>
        <source>Your highlights in this article</source>
        <translation>Ihre Markierungen in diesem Artikel</translation>
    </message>
    <message>
        <source>No one is quoted in this article.</source>
        <translation>In diesem Artikel wird niemand zitiert.</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>No quotes were found in this article.</source>
        <translation>In diesem Artikel wurden keine Zitate gefunden.</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>No tags yet.</source>
        <translation>Noch keine Schlagwörter.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Article Note…</source>
        <translation>Artikelnotiz…</translation>
    </message>
    <message>
        <source>Your notes on the whole article, in Markdown</source>
        <translation>Ihre Notizen zum ganzen Artikel, in Markdown</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Alle Farben</translation>
    </message>
    <message>
        <source>Select text in the article to highlight it.

Keys 1–5 pick a colour.</source>
        <translation>Wählen Sie Text im Artikel aus, um ihn zu markieren.

Die Tasten 1–5 wählen eine Farbe.</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Click a tag to list the articles that have it</source>
        <translation>Klicken Sie auf ein Schlagwort, um die Artikel aufzulisten, die es tragen</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source> · reported</source>
        <translation> · indirekt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Copy as Markdown</source>
        <translation>Als Markdown &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Show in Article</source>
        <translation>Im Artikel &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Markieren</translation>
    </message>
    <message>
        <source>&amp;Wrong Speaker…</source>
        <translation>&amp;Falscher Sprecher…</translation>
    </message>
    <message>
        <source>Articles Quoting %1</source>
        <translation>Artikel, die %1 zitieren</translation>
    </message>
    <message>
        <source>Everything %1 Said…</source>
        <translation>Alles, was %1 gesagt hat…</translation>
    </message>
    <message>
        <source>Orphaned highlights</source>
        <translation>Verwaiste Markierungen</translation>
    </message>
    <message>
        <source>Their text is no longer in this version of the article. Select new text, then right-click one and choose Re-attach.</source>
        <translation>Ihr Text steht nicht mehr in dieser Version des Artikels. Wählen Sie neuen Text aus, klicken Sie dann mit der rechten Maustaste auf eine Markierung und wählen Sie „Der Auswahl neu zuordnen“.</translation>
    </message>
    <message>
        <source>Re-attach to Selection</source>
        <translation>Der Auswahl neu zuordnen</translation>
    </message>
    <message>
        <source>Show in Article</source>
        <translation>Im Artikel zeigen</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notiz…</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Articles Tagged “%1”</source>
        <translation>Artikel mit dem Schlagwort „%1“</translation>
    </message>
    <message>
        <source>Rename Tag…</source>
        <translation>Schlagwort umbenennen…</translation>
    </message>
    <message>
        <source>Edit Article Tags…</source>
        <translation>Schlagwörter des Artikels bearbeiten…</translation>
    </message>
    <message>
        <source>Anonymous source</source>
        <translation>Anonyme Quelle</translation>
    </message>
    <message>
        <source>%1 (also: %2)</source>
        <translation>%1 (auch: %2)</translation>
    </message>
    <message>
        <source>suggested · %1</source>
        <translation>vorgeschlagen · %1</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::ExportDialog</name>
    <message>
        <source>All listed articles</source>
        <translation>Alle aufgelisteten Artikel</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Notizen exportieren</translation>
    </message>
    <message>
        <source>Preview of the first article:</source>
        <translation>Vorschau des ersten Artikels:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the previewed Markdown to the clipboard</source>
        <translation>Das Markdown der Vorschau in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>Default template</source>
        <translation>Standardvorlage</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Copy Default Template…</source>
        <translation>Standardvorlage kopieren…</translation>
    </message>
    <message>
        <source>Save the default template to a file you can edit, and use that file</source>
        <translation>Die Standardvorlage in eine Datei speichern, die Sie bearbeiten können, und diese Datei verwenden</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Highlights:</source>
        <translation>Markierungen:</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Beliebiges Schlagwort</translation>
    </message>
    <message>
        <source>Keep only highlights with one of these tags, separated by commas</source>
        <translation>Nur Markierungen mit einem dieser Schlagwörter behalten, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>With tags:</source>
        <translation>Mit Schlagwörtern:</translation>
    </message>
    <message>
        <source>None (text order)</source>
        <translation>Keine (Textreihenfolge)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <source>The file name, written with the template&apos;s variables, for example {{ published_date }} {{ title }}; &quot;.md&quot; is added</source>
        <translation>Der Dateiname, geschrieben mit den Variablen der Vorlage, zum Beispiel {{ published_date }} {{ title }}; „.md“ wird angehängt</translation>
    </message>
    <message>
        <source>File names:</source>
        <translation>Dateinamen:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>This article: %1</source>
        <translation>Dieser Artikel: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n article(s))</source>
        <translation>
            <numerusform>%1 (%n Artikel)</numerusform>
            <numerusform>%1 (%n Artikel)</numerusform>
        </translation>
    </message>
    <message>
        <source>The template has an error on line %1:
%2</source>
        <translation>Die Vorlage hat einen Fehler in Zeile %1:
%2</translation>
    </message>
    <message>
        <source>The template has an error:
%1</source>
        <translation>Die Vorlage hat einen Fehler:
%1</translation>
    </message>
    <message>
        <source>No article to export.</source>
        <translation>Kein Artikel zum Exportieren.</translation>
    </message>
    <message>
        <source>Choose Export Template</source>
        <translation>Exportvorlage auswählen</translation>
    </message>
    <message>
        <source>Templates (*.md *.txt *.html);;All files (*)</source>
        <translation>Vorlagen (*.md *.txt *.html);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Default Template</source>
        <translation>Standardvorlage speichern</translation>
    </message>
    <message>
        <source>Templates (*.md);;All files (*)</source>
        <translation>Vorlagen (*.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Export To Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Exporting notes…</source>
        <translation>Notizen werden exportiert…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>Overwrite Your Edits?</source>
        <translation>Ihre Änderungen überschreiben?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were changed by you inside the exported block. Overwrite them?</source>
        <translation>
            <numerusform>%n Datei wurde von Ihnen innerhalb des exportierten Blocks geändert. Überschreiben?</numerusform>
            <numerusform>%n Dateien wurden von Ihnen innerhalb des exportierten Blocks geändert. Überschreiben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Text you wrote outside the block is kept either way.</source>
        <translation>Text, den Sie außerhalb des Blocks geschrieben haben, bleibt in jedem Fall erhalten.</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Unverändert: %1</translation>
    </message>
    <message>
        <source>Conflicts kept: %1</source>
        <translation>Konflikte (belassen): %1</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Not exported (stopped): %1</source>
        <translation>Nicht exportiert (angehalten): %1</translation>
    </message>
    <message>
        <source>Export Finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::HighlightPopup</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notiz…</translation>
    </message>
    <message>
        <source>Write a note on this highlight (N)</source>
        <translation>Eine Notiz zu dieser Markierung schreiben (N)</translation>
    </message>
    <message>
        <source>Tags, comma separated</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this highlight (Del); Edit › Undo brings it back</source>
        <translation>Diese Markierung löschen (Entf); Bearbeiten › Rückgängig holt sie zurück</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::ImportController</name>
    <message>
        <source>Saved articles (*.html *.htm *.xhtml *.mhtml *.mht *.txt *.md *.markdown);;All files (*)</source>
        <translation>Gespeicherte Artikel (*.html *.htm *.xhtml *.mhtml *.mht *.txt *.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Import New Version</source>
        <translation>Neue Version importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) processed.</source>
        <translation>
            <numerusform>%n Datei verarbeitet.</numerusform>
            <numerusform>%n Dateien verarbeitet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be imported after the current import.</source>
        <translation>
            <numerusform>%n Datei wird nach dem laufenden Import importiert.</numerusform>
            <numerusform>%n Dateien werden nach dem laufenden Import importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>%n Artikel importiert.</numerusform>
            <numerusform>%n Artikel importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden.</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported, but not all as saved.</source>
        <translation>
            <numerusform>%n Datei importiert, aber nicht vollständig wie gespeichert.</numerusform>
            <numerusform>%n Dateien importiert, aber nicht alle vollständig wie gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported with a warning:</source>
        <translation>Mit einer Warnung importiert:</translation>
    </message>
    <message>
        <source>%1: not imported (cancelled).</source>
        <translation>%1: nicht importiert (abgebrochen).</translation>
    </message>
    <message>
        <source>%1: imported as a new article.</source>
        <translation>%1: als neuer Artikel importiert.</translation>
    </message>
    <message>
        <source>%1: already in the library, unchanged.</source>
        <translation>%1: bereits in der Bibliothek, unverändert.</translation>
    </message>
    <message>
        <source>%1: no earlier version in the library; imported as a new article.</source>
        <translation>%1: keine frühere Version in der Bibliothek; als neuer Artikel importiert.</translation>
    </message>
    <message>
        <source>%1: “%2” updated; highlights: %3 in place, %4 moved, %5 matched approximately, %6 orphaned (kept).</source>
        <translation>%1: „%2“ aktualisiert; Markierungen: %3 an Ort und Stelle, %4 verschoben, %5 ungefähr zugeordnet, %6 verwaist (behalten).</translation>
    </message>
    <message>
        <source>Replace “%1”</source>
        <translation>„%1“ ersetzen</translation>
    </message>
    <message>
        <source>Import it as a new article</source>
        <translation>Als neuen Artikel importieren</translation>
    </message>
    <message>
        <source>Which article is %1 a new version of? It has no web address that says so, and articles from files of the same name are in the library.</source>
        <translation>Von welchem Artikel ist %1 eine neue Version? Die Datei nennt keine Webadresse, die das sagt, und in der Bibliothek stehen Artikel aus gleichnamigen Dateien.</translation>
    </message>
    <message>
        <source>Import from URL</source>
        <translation>Von URL importieren</translation>
    </message>
    <message>
        <source>Web address of the article (several separated by spaces). The page and its images are fetched once; the article then reads offline.</source>
        <translation>Webadresse des Artikels (mehrere durch Leerzeichen getrennt). Die Seite und ihre Bilder werden einmal geladen; danach lässt sich der Artikel offline lesen.</translation>
    </message>
    <message>
        <source>Not a web address (only http:// and https:// addresses can be imported): %1</source>
        <translation>Keine Webadresse (nur http://- und https://-Adressen lassen sich importieren): %1</translation>
    </message>
    <message>
        <source>Fetching %1… (%L2 of %L3 KB)</source>
        <translation>%1 wird geladen… (%L2 von %L3 KB)</translation>
    </message>
    <message>
        <source>Fetching %1… (%L2 KB)</source>
        <translation>%1 wird geladen… (%L2 KB)</translation>
    </message>
    <message>
        <source>Import Reading List</source>
        <translation>Leseliste importieren</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n link(s) from %1…</source>
        <translation>
            <numerusform>%n Link aus %1 wird importiert…</numerusform>
            <numerusform>%n Links aus %1 werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Pocket, Instapaper or Omnivore export (*.html *.htm *.csv *.zip);;All files (*)</source>
        <translation>Export aus Pocket, Instapaper oder Omnivore (*.html *.htm *.csv *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message>
        <source>Wait for the current import to finish, then try again.</source>
        <translation>Warten Sie, bis der laufende Import fertig ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Importing the Omnivore export…</source>
        <translation>Export aus Omnivore wird importiert…</translation>
    </message>
    <message>
        <source>%1: its page is not in the export; imported from its highlights</source>
        <translation>%1: die Seite ist nicht im Export; aus ihren Markierungen importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>%n Artikel importiert.</numerusform>
            <numerusform>%n Artikel importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) could not be imported.</source>
        <translation>
            <numerusform>%n Artikel konnte nicht importiert werden.</numerusform>
            <numerusform>%n Artikel konnten nicht importiert werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::LibraryCare</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Restore from Backup…</source>
        <translation>Aus Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>This library is read-only: %1 cannot be written by you. You can read and search it; highlights, notes, tags and imports cannot be saved.</source>
        <translation>Diese Bibliothek ist schreibgeschützt: Sie können %1 nicht beschreiben. Sie können darin lesen und suchen; Markierungen, Notizen, Schlagwörter und Importe können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The library is damaged; nothing more is saved to it. Restore it from a backup (File › Restore from Backup…).</source>
        <translation>Die Bibliothek ist beschädigt; es wird nichts mehr darin gespeichert. Stellen Sie sie aus einer Sicherung wieder her (Datei › Aus Sicherung wiederherstellen…).</translation>
    </message>
    <message>
        <source>The library is read-only.</source>
        <translation>Die Bibliothek ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This library is damaged:&lt;/b&gt; part of it cannot be read. Nothing more is saved to it, so nothing gets worse. Restore the newest good backup to go on; the damaged file is kept beside it.</source>
        <translation>&lt;b&gt;Diese Bibliothek ist beschädigt:&lt;/b&gt; ein Teil davon kann nicht gelesen werden. Es wird nichts mehr darin gespeichert, damit nichts schlimmer wird. Stellen Sie die neueste intakte Sicherung wieder her, um weiterzuarbeiten; die beschädigte Datei bleibt daneben erhalten.</translation>
    </message>
    <message>
        <source>Backing up the library…</source>
        <translation>Die Bibliothek wird gesichert…</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>The library is backed up.</source>
        <translation>Die Bibliothek ist gesichert.</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There is no backup of this library yet (they are kept in %1).</source>
        <translation>Von dieser Bibliothek gibt es noch keine Sicherung (Sicherungen liegen in %1).</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of the library. What changed since that backup is lost; the library as it is now is kept beside it.</source>
        <translation>Wählen Sie die Sicherung, die an die Stelle der Bibliothek treten soll. Was sich seit dieser Sicherung geändert hat, geht verloren; die Bibliothek im jetzigen Zustand bleibt daneben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Checking the backup and restoring the library…</source>
        <translation>Die Sicherung wird geprüft und die Bibliothek wiederhergestellt…</translation>
    </message>
    <message>
        <source>The library is restored. Quoteshelf closes now; start it again to open it.</source>
        <translation>Die Bibliothek ist wiederhergestellt. Quoteshelf wird jetzt beendet; starten Sie es erneut, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The library is restored from the backup.</source>
        <translation>Die Bibliothek ist aus der Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <source>Move Library</source>
        <translation>Bibliothek verschieben</translation>
    </message>
    <message>
        <source>The library is being backed up; try again when that is done.</source>
        <translation>Die Bibliothek wird gerade gesichert; versuchen Sie es danach noch einmal.</translation>
    </message>
    <message>
        <source>Move Library To</source>
        <translation>Bibliothek verschieben nach</translation>
    </message>
    <message>
        <source>Copy the library and its backups to %1 and restart Quoteshelf with it?

The copy is checked before Quoteshelf switches to it. The library in %2 stays as it is; delete it when you are sure.</source>
        <translation>Die Bibliothek und ihre Sicherungen nach %1 kopieren und Quoteshelf damit neu starten?

Die Kopie wird geprüft, bevor Quoteshelf zu ihr wechselt. Die Bibliothek in %2 bleibt, wie sie ist; löschen Sie sie, wenn Sie sicher sind.</translation>
    </message>
    <message>
        <source>Copying the library to %1…</source>
        <translation>Die Bibliothek wird nach %1 kopiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The library was not moved. %1</source>
        <translation>Die Bibliothek wurde nicht verschoben. %1</translation>
    </message>
    <message>
        <source>The library is now in %1.</source>
        <translation>Die Bibliothek liegt jetzt in %1.</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::LibraryItemDelegate</name>
    <message>
        <source>Added %1</source>
        <translation>Hinzugefügt am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n Markierung</numerusform>
            <numerusform>%n Markierungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::LibraryPanel</name>
    <message>
        <source>Which articles to list</source>
        <translation>Welche Artikel aufgelistet werden</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>With highlights</source>
        <translation>Mit Markierungen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sortieren</translation>
    </message>
    <message>
        <source>Sort the library</source>
        <translation>Die Bibliothek sortieren</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Hinzugefügt am</translation>
    </message>
    <message>
        <source>Date published</source>
        <translation>Veröffentlicht am</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Show all articles again</source>
        <translation>Wieder alle Artikel zeigen</translation>
    </message>
    <message>
        <source>Articles in the library</source>
        <translation>Artikel in der Bibliothek</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>The list of articles cannot be read: the library is damaged.</source>
        <translation>Die Artikelliste kann nicht gelesen werden: die Bibliothek ist beschädigt.</translation>
    </message>
    <message>
        <source>Your library is empty.

Import an article with File › Import or drop a file here.</source>
        <translation>Ihre Bibliothek ist leer.

Importieren Sie einen Artikel mit Datei › Importieren oder ziehen Sie eine Datei hierher.</translation>
    </message>
    <message>
        <source>No articles in this view.</source>
        <translation>Keine Artikel in dieser Ansicht.</translation>
    </message>
    <message>
        <source>Highlight: %1</source>
        <translation>Markierung: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Nothing in the library matches “%1”.</source>
        <translation>Nichts in der Bibliothek passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::MainWindow</name>
    <message>
        <source>Quoteshelf</source>
        <translation>Quoteshelf</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>This link leads to another page of the site the article was saved from; it cannot be followed offline.</source>
        <translation>Dieser Link führt zu einer anderen Seite der Website, von der der Artikel gespeichert wurde; offline kann er nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Tagged “%1”</source>
        <translation>Schlagwort „%1“</translation>
    </message>
    <message>
        <source>Quoting %1</source>
        <translation>Zitiert: %1</translation>
    </message>
    <message>
        <source>%1 — Quoteshelf</source>
        <translation>%1 — Quoteshelf</translation>
    </message>
    <message numerus="yes">
        <source>Search results (%n)</source>
        <translation>
            <numerusform>Suchergebnisse (%n)</numerusform>
            <numerusform>Suchergebnisse (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All articles in the list (%n)</source>
        <translation>
            <numerusform>Alle Artikel der Liste (%n)</numerusform>
            <numerusform>Alle Artikel der Liste (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n highlight(s) in this article</source>
        <translation>
            <numerusform> · %n Markierung in diesem Artikel</numerusform>
            <numerusform> · %n Markierungen in diesem Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n quote(s)</source>
        <translation>
            <numerusform> · %n Zitat</numerusform>
            <numerusform> · %n Zitate</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Aus dem Archiv holen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Archive article</source>
        <translation>Artikel archivieren</translation>
    </message>
    <message>
        <source>Unarchive article</source>
        <translation>Artikel aus dem Archiv holen</translation>
    </message>
    <message>
        <source>Delete Article</source>
        <translation>Artikel löschen</translation>
    </message>
    <message>
        <source>Delete “%1” with its highlights and notes?</source>
        <translation>„%1“ mit seinen Markierungen und Notizen löschen?</translation>
    </message>
    <message>
        <source>You can undo this until you close Quoteshelf.</source>
        <translation>Sie können das rückgängig machen, bis Sie Quoteshelf schließen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Artikel löschen</translation>
    </message>
    <message>
        <source>Wrong Speaker</source>
        <translation>Falscher Sprecher</translation>
    </message>
    <message>
        <source>Who said this?</source>
        <translation>Wer hat das gesagt?</translation>
    </message>
    <message>
        <source>Who said “%1”?</source>
        <translation>Wer hat „%1“ gesagt?</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Open this link in your web browser?

%1</source>
        <translation>Diesen Link im Webbrowser öffnen?

%1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>These files cannot be imported. %1</source>
        <translation>Diese Dateien können nicht importiert werden. %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import saved articles (HTML, MHTML, text, Markdown)</source>
        <translation>Gespeicherte Artikel importieren (HTML, MHTML, Text, Markdown)</translation>
    </message>
    <message>
        <source>Import &amp;New Version…</source>
        <translation>&amp;Neue Version importieren…</translation>
    </message>
    <message>
        <source>Update articles from new versions of their files, keeping highlights anchored</source>
        <translation>Artikel aus neuen Versionen ihrer Dateien aktualisieren; die Markierungen bleiben verankert</translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>Notizen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export highlights, notes and quotes as Markdown</source>
        <translation>Markierungen, Notizen und Zitate als Markdown exportieren</translation>
    </message>
    <message>
        <source>&amp;Back Up Library Now</source>
        <translation>Bibliothek jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Make a checked copy of the library now (one is made every day)</source>
        <translation>Jetzt eine geprüfte Kopie der Bibliothek anlegen (jeden Tag wird eine angelegt)</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Put a backup in place of the library</source>
        <translation>Eine Sicherung an die Stelle der Bibliothek setzen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Im Artikel &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation>&amp;Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation>&amp;Bibliothek anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Panels</source>
        <translation>Be&amp;reiche anzeigen</translation>
    </message>
    <message>
        <source>&amp;Distraction-Free Reading</source>
        <translation>&amp;Ablenkungsfreies Lesen</translation>
    </message>
    <message>
        <source>Only the article, on the whole screen (F11 or Esc to come back)</source>
        <translation>Nur der Artikel, auf dem ganzen Bildschirm (F11 oder Esc zum Zurückkehren)</translation>
    </message>
    <message>
        <source>&amp;Caret Browsing</source>
        <translation>&amp;Cursor-Navigation</translation>
    </message>
    <message>
        <source>Move through the article with a text cursor; Shift+arrows select (F7)</source>
        <translation>Mit einem Textcursor durch den Artikel gehen; Umschalt+Pfeiltasten wählen aus (F7)</translation>
    </message>
    <message>
        <source>&amp;Notebook</source>
        <translation>&amp;Notizbuch</translation>
    </message>
    <message>
        <source>Every highlight, note and tagged quote in the library</source>
        <translation>Alle Markierungen, Notizen und verschlagworteten Zitate der Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Speakers</source>
        <translation>S&amp;precher</translation>
    </message>
    <message>
        <source>Everyone quoted across the library, with what they said</source>
        <translation>Alle, die in der Bibliothek zitiert werden, mit allem, was sie gesagt haben</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Text &amp;größer</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Text &amp;kleiner</translation>
    </message>
    <message>
        <source>&amp;Default Text Size</source>
        <translation>&amp;Standardtextgröße</translation>
    </message>
    <message>
        <source>Reader &amp;Theme</source>
        <translation>Lese&amp;farbschema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Sepia</source>
        <translation>&amp;Sepia</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rtikel</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>Auswahl &amp;markieren</translation>
    </message>
    <message>
        <source>Article &amp;Note…</source>
        <translation>Artikel&amp;notiz…</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Schlagwörter…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>&amp;Nächster Artikel</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>&amp;Vorheriger Artikel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Quoteshelf</source>
        <translation>&amp;Über Quoteshelf</translation>
    </message>
    <message>
        <source>About Quoteshelf</source>
        <translation>Über Quoteshelf</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quoteshelf %1&lt;/h3&gt;&lt;p&gt;Read saved news articles offline and work with what people said in them.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Credits.&lt;/b&gt; The word frequencies the tag suggestions rank against come from SCOWL (Spell Checker Oriented Word Lists) by Kevin Atkinson and the lists it builds on. First names for telling he from she come from the US Social Security baby-name counts and Faker&apos;s name lists.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt; Qt %2 (running on %3), KDE Frameworks %4, SQLite %5 and gumbo %6.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quoteshelf %1&lt;/h3&gt;&lt;p&gt;Gespeicherte Nachrichtenartikel offline lesen und mit dem arbeiten, was Menschen darin gesagt haben.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Danksagung.&lt;/b&gt; Die Worthäufigkeiten, an denen die Schlagwortvorschläge gemessen werden, stammen aus SCOWL (Spell Checker Oriented Word Lists) von Kevin Atkinson und den Listen, auf denen es aufbaut. Die Vornamen, an denen er und sie unterschieden werden, stammen aus den Vornamenstatistiken der US-Sozialversicherung und den Namenslisten von Faker.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Erstellt mit&lt;/b&gt; Qt %2 (läuft auf %3), KDE Frameworks %4, SQLite %5 und gumbo %6.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Search library (Ctrl+K)</source>
        <translation>Bibliothek durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Words match as prefixes; &quot;quotes&quot; for a phrase; filters: tag:, speaker:, site:</source>
        <translation>Wörter gelten als Wortanfänge; &quot;Anführungszeichen&quot; für eine Wortgruppe; Filter: tag:, speaker:, site:</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Die Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Typeface, size, spacing and theme of the reader</source>
        <translation>Schrift, Größe, Abstand und Farbschema der Leseansicht</translation>
    </message>
    <message>
        <source>Reader settings</source>
        <translation>Leseeinstellungen</translation>
    </message>
    <message>
        <source>The link %1 does not lead to anything in this library.</source>
        <translation>Der Link %1 führt zu nichts in dieser Bibliothek.</translation>
    </message>
    <message>
        <source>The article you were reading was deleted elsewhere.</source>
        <translation>Der Artikel, den Sie gelesen haben, wurde an anderer Stelle gelöscht.</translation>
    </message>
    <message>
        <source>A new version of this article was imported elsewhere.</source>
        <translation>Eine neue Version dieses Artikels wurde an anderer Stelle importiert.</translation>
    </message>
    <message>
        <source>This library was opened with --library or QUOTESHELF_LIBRARY: move its folder yourself and name the new place the same way.</source>
        <translation>Diese Bibliothek wurde mit --library oder QUOTESHELF_LIBRARY geöffnet: Verschieben Sie ihren Ordner selbst und geben Sie den neuen Ort auf dieselbe Weise an.</translation>
    </message>
    <message>
        <source>Import from &amp;URL…</source>
        <translation>Von &amp;URL importieren…</translation>
    </message>
    <message>
        <source>Save an article from the web: the page and its images are fetched once, then read offline</source>
        <translation>Einen Artikel aus dem Web speichern: Seite und Bilder werden einmal geladen und dann offline gelesen</translation>
    </message>
    <message>
        <source>Import Reading &amp;List…</source>
        <translation>&amp;Leseliste importieren…</translation>
    </message>
    <message>
        <source>Import the links of a Pocket or Instapaper export, with their tags</source>
        <translation>Die Links eines Exports aus Pocket oder Instapaper mit ihren Schlagwörtern importieren</translation>
    </message>
    <message>
        <source>Export &amp;Annotations…</source>
        <translation>&amp;Annotationen exportieren…</translation>
    </message>
    <message>
        <source>Save every highlight, note and tag as W3C Web Annotations (JSON-LD)</source>
        <translation>Alle Markierungen, Notizen und Schlagwörter als W3C Web Annotations (JSON-LD) speichern</translation>
    </message>
    <message>
        <source>Import Anno&amp;tations…</source>
        <translation>Annotationen i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Attach W3C Web Annotations or a Hypothesis export to the articles they were made on</source>
        <translation>W3C Web Annotations oder einen Hypothesis-Export an die Artikel anhängen, zu denen sie gehören</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Annotationen exportieren</translation>
    </message>
    <message>
        <source>Quoteshelf annotations.jsonld</source>
        <translation>Quoteshelf-Annotationen.jsonld</translation>
    </message>
    <message>
        <source>Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotations (*.jsonld *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not export the annotations to %1: %2</source>
        <translation>Die Annotationen konnten nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to %1</source>
        <translation>
            <numerusform>%n Annotation nach %1 exportiert</numerusform>
            <numerusform>%n Annotationen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Annotationen importieren</translation>
    </message>
    <message>
        <source>Web Annotations and Hypothesis exports (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotations und Hypothesis-Exporte (*.jsonld *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message>
        <source>Annotations from %1: %2 imported, %3 already present, %4 orphaned, %5 for articles not in the library</source>
        <translation>Annotationen aus %1: %2 importiert, %3 schon vorhanden, %4 verwaist, %5 zu Artikeln, die nicht in der Bibliothek sind</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::NoteEditor</name>
    <message>
        <source>Write in Markdown: **bold**, _italic_, lists, links…</source>
        <translation>In Markdown schreiben: **fett**, _kursiv_, Listen, Links…</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Wird beim Tippen gespeichert.</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::NotebookWindow</name>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>no longer found in the article</source>
        <translation>nicht mehr im Artikel zu finden</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Notizbuch</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the selected entries (or all) as a Markdown file</source>
        <translation>Die ausgewählten Einträge (oder alle) als Markdown-Datei speichern</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy the selected entries (or all) as Markdown (Ctrl+C)</source>
        <translation>Die ausgewählten Einträge (oder alle) als Markdown kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Open in Article</source>
        <translation>Im Artikel öffnen</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <source>Search highlights, notes and quotes (Ctrl+F)</source>
        <translation>Markierungen, Notizen und Zitate durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>By article</source>
        <translation>Nach Artikel</translation>
    </message>
    <message>
        <source>By colour</source>
        <translation>Nach Farbe</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>&amp;Sortierung:</translation>
    </message>
    <message>
        <source>Only “%1” highlights</source>
        <translation>Nur Markierungen „%1“</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Beliebiges Schlagwort</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>Sch&amp;lagwort:</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>S&amp;precher:</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>&amp;Artikel:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches these filters.

Clear the search or pick “Any” to see more.</source>
        <translation>Nichts passt zu diesen Filtern.

Leeren Sie die Suche oder wählen Sie „Alle“, um mehr zu sehen.</translation>
    </message>
    <message>
        <source>Your notebook is empty.

Select text in an article to highlight it (keys 1–5 pick a colour), or tag a quote in the Quotes panel: every highlight, note and tagged quote of your library gathers here.</source>
        <translation>Ihr Notizbuch ist leer.

Wählen Sie Text in einem Artikel aus, um ihn zu markieren (die Tasten 1–5 wählen eine Farbe), oder versehen Sie ein Zitat im Bereich „Zitate“ mit einem Schlagwort: alle Markierungen, Notizen und verschlagworteten Zitate Ihrer Bibliothek sammeln sich hier.</translation>
    </message>
    <message>
        <source>open in Quoteshelf</source>
        <translation>in Quoteshelf öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n entries as Markdown</source>
        <translation>
            <numerusform>%n Eintrag als Markdown kopiert</numerusform>
            <numerusform>%n Einträge als Markdown kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied every entry shown as Markdown</source>
        <translation>Alle angezeigten Einträge als Markdown kopiert</translation>
    </message>
    <message>
        <source>Export Notebook</source>
        <translation>Notizbuch exportieren</translation>
    </message>
    <message>
        <source>Notebook.md</source>
        <translation>Notizbuch.md</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::ReaderSettingsWidget</name>
    <message>
        <source>Typeface</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Serifen</translation>
    </message>
    <message>
        <source>Sans</source>
        <translation>Serifenlos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>Zeilenabstand</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::ReaderView</name>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Markieren</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Highlight colours</source>
        <translation>Markierungsfarben</translation>
    </message>
    <message>
        <source>Name each colour for what you use it for. The names appear in the highlight popup, the panels, the notebook and exported notes.</source>
        <translation>Benennen Sie jede Farbe nach dem, wofür Sie sie verwenden. Die Namen erscheinen im Markierungsfenster, in den Bereichen, im Notizbuch und in exportierten Notizen.</translation>
    </message>
    <message>
        <source>Name of highlight colour %1</source>
        <translation>Name der Markierungsfarbe %1</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Taste %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Ask before opening a link in the web browser</source>
        <translation>Vor dem Öffnen eines Links im Webbrowser fragen</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> Sicherungen</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Aufbewahrte Sicherungen</translation>
    </message>
    <message>
        <source>Keep the newest:</source>
        <translation>Die neuesten behalten:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>&amp;Move Library…</source>
        <translation>Bibliothek &amp;verschieben…</translation>
    </message>
    <message>
        <source>Copies the library and its backups to another folder, checks the copy and restarts Quoteshelf with it. The library stays where it is until you delete it.</source>
        <translation>Kopiert die Bibliothek und ihre Sicherungen in einen anderen Ordner, prüft die Kopie und startet Quoteshelf damit neu. Die Bibliothek bleibt an ihrem Ort, bis Sie sie löschen.</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Find a command or a key</source>
        <translation>Einen Befehl oder eine Taste suchen</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Selection › Highlight in colour 1–5 (Important, Evidence, Context, Question, Quote)</source>
        <translation>Auswahl › In Farbe 1–5 markieren (Wichtig, Beleg, Kontext, Frage, Zitat)</translation>
    </message>
    <message>
        <source>Selection › Extend it (caret browsing or popup open)</source>
        <translation>Auswahl › Erweitern (Cursor-Navigation oder Markierungsfenster offen)</translation>
    </message>
    <message>
        <source>Shift+Arrows</source>
        <translation>Umschalt+Pfeiltasten</translation>
    </message>
    <message>
        <source>Highlight popup › Close</source>
        <translation>Markierungsfenster › Schließen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Distraction-Free Reading › Leave</source>
        <translation>Ablenkungsfreies Lesen › Verlassen</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::SpeakerListModel</name>
    <message>
        <source>anonymous source</source>
        <translation>anonyme Quelle</translation>
    </message>
    <message>
        <source>%1 (also: %2)</source>
        <translation>%1 (auch: %2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::SpeakersWindow</name>
    <message>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Find a speaker or role (Ctrl+F)</source>
        <translation>Sprecher oder Funktion suchen (Strg+F)</translation>
    </message>
    <message>
        <source>No one is quoted in your library yet.

Import articles with File › Import: the people they quote gather here, with everything they said.</source>
        <translation>In Ihrer Bibliothek wird noch niemand zitiert.

Importieren Sie Artikel mit Datei › Importieren: die Menschen, die sie zitieren, sammeln sich hier, mit allem, was sie gesagt haben.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to read the quote in its article</source>
        <translation>Doppelklicken oder Eingabe drücken, um das Zitat in seinem Artikel zu lesen</translation>
    </message>
    <message>
        <source>Select a speaker to read everything they said across your library.

Double-click a quote to open its article at that passage.</source>
        <translation>Wählen Sie einen Sprecher, um alles zu lesen, was er in Ihrer Bibliothek gesagt hat.

Doppelklicken Sie auf ein Zitat, um seinen Artikel an dieser Stelle zu öffnen.</translation>
    </message>
    <message>
        <source>Anonymous source</source>
        <translation>Anonyme Quelle</translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n Zitat</numerusform>
            <numerusform>%n Zitate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n articles</source>
        <translation>
            <numerusform>in %n Artikel</numerusform>
            <numerusform>in %n Artikeln</numerusform>
        </translation>
    </message>
    <message>
        <source>also “%1”</source>
        <translation>auch „%1“</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artikel ohne Titel</translation>
    </message>
    <message>
        <source>paraphrased · %1</source>
        <translation>paraphrasiert · %1</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n Min. Lesezeit</numerusform>
            <numerusform>%n Min. Lesezeit</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>import --replace needs at least one file</source>
        <translation>import --replace braucht mindestens eine Datei</translation>
    </message>
    <message>
        <source>import --replace --article ID takes exactly one file</source>
        <translation>import --replace --article ID nimmt genau eine Datei</translation>
    </message>
    <message>
        <source>%1: nothing was changed; to replace one of them: import --replace --article ID FILE; to add the file as a new article: import FILE</source>
        <translation>%1: nichts wurde geändert; um einen davon zu ersetzen: import --replace --article ID DATEI; um die Datei als neuen Artikel hinzuzufügen: import DATEI</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <source>%1: replaced article %2; highlights: %3 stayed, %4 moved, %5 fuzzy-matched, %6 orphaned</source>
        <translation>%1: Artikel %2 ersetzt; Markierungen: %3 an Ort und Stelle, %4 verschoben, %5 ungefähr zugeordnet, %6 verwaist</translation>
    </message>
    <message>
        <source>%1: no article from this source yet; imported as new</source>
        <translation>%1: noch kein Artikel aus dieser Quelle; als neuer Artikel importiert</translation>
    </message>
    <message>
        <source>highlight needs --text &quot;exact words&quot;</source>
        <translation>highlight braucht --text &quot;genaue Wörter&quot;</translation>
    </message>
    <message>
        <source>unknown colour &apos;%1&apos; (%2)</source>
        <translation>unbekannte Farbe &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>no article %1 in the library</source>
        <translation>kein Artikel %1 in der Bibliothek</translation>
    </message>
    <message>
        <source>article %1 does not contain &quot;%2&quot;</source>
        <translation>Artikel %1 enthält „%2“ nicht</translation>
    </message>
    <message>
        <source>could not save the highlight</source>
        <translation>die Markierung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>extract takes exactly one file</source>
        <translation>extract nimmt genau eine Datei</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (json or text)</source>
        <translation>unbekanntes Format &apos;%1&apos; (json oder text)</translation>
    </message>
    <message>
        <source>%1: already in the library as article %2; not imported again</source>
        <translation>%1: bereits als Artikel %2 in der Bibliothek; nicht erneut importiert</translation>
    </message>
    <message>
        <source>search needs a query</source>
        <translation>search braucht eine Suchanfrage</translation>
    </message>
    <message>
        <source>usage: export ID|--all [--template FILE] [--out DIR|-] [--overwrite] [--colour C]... [--tag T]... [--group-by none|colour|speaker]</source>
        <translation>Aufruf: export ID|--all [--template DATEI] [--out ORDNER|-] [--overwrite] [--colour F]... [--tag S]... [--group-by none|colour|speaker]</translation>
    </message>
    <message>
        <source>unknown grouping &apos;%1&apos; (none, colour or speaker)</source>
        <translation>unbekannte Gruppierung &apos;%1&apos; (none, colour oder speaker)</translation>
    </message>
    <message>
        <source>article %1: %2</source>
        <translation>Artikel %1: %2</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>%1: %2; kept as it is (use --overwrite to replace it)</source>
        <translation>%1: %2; unverändert gelassen (mit --overwrite ersetzen)</translation>
    </message>
    <message>
        <source>--out needs a folder, or - for standard output</source>
        <translation>--out braucht einen Ordner oder - für die Standardausgabe</translation>
    </message>
    <message>
        <source>usage: copy ID</source>
        <translation>Aufruf: copy ID</translation>
    </message>
    <message>
        <source>cannot load the export module: %1</source>
        <translation>das Exportmodul kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>the export module %1 belongs to another version of Quoteshelf</source>
        <translation>das Exportmodul %1 gehört zu einer anderen Version von Quoteshelf</translation>
    </message>
    <message>
        <source>the export module %1 lacks %2</source>
        <translation>dem Exportmodul %1 fehlt %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>there is no library at %1</source>
        <translation>in %1 gibt es keine Bibliothek</translation>
    </message>
    <message>
        <source>full-text index %1: %2</source>
        <translation>Volltextindex %1: %2</translation>
    </message>
    <message>
        <source>%1: ok (integrity and %2 full-text indexes checked)</source>
        <translation>%1: in Ordnung (Integrität und %2 Volltextindizes geprüft)</translation>
    </message>
    <message>
        <source>usage: restore [BACKUP-FILE]</source>
        <translation>Aufruf: restore [SICHERUNGSDATEI]</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>%1 aus %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>The library in %1 is damaged (%2): nothing more was written to it. `quoteshelf-cli check` shows the damage; `quoteshelf-cli restore` puts the newest good backup in its place.</source>
        <translation>Die Bibliothek in %1 ist beschädigt (%2): es wurde nichts mehr hineingeschrieben. `quoteshelf-cli check` zeigt den Schaden; `quoteshelf-cli restore` setzt die neueste intakte Sicherung an ihre Stelle.</translation>
    </message>
    <message>
        <source>Use the library in &lt;dir&gt; (default: $QUOTESHELF_LIBRARY or the user&apos;s data folder).</source>
        <translation>Die Bibliothek in &lt;dir&gt; verwenden (Standard: $QUOTESHELF_LIBRARY oder der Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>Output format of extract: json (default) or text.</source>
        <translation>Ausgabeformat von extract: json (Standard) oder text.</translation>
    </message>
    <message>
        <source>import: update the article from the same source in place.</source>
        <translation>import: den Artikel aus derselben Quelle an Ort und Stelle aktualisieren.</translation>
    </message>
    <message>
        <source>import --replace: the article to replace.</source>
        <translation>import --replace: der zu ersetzende Artikel.</translation>
    </message>
    <message>
        <source>highlight: the exact words to highlight.</source>
        <translation>highlight: die genauen Wörter, die markiert werden.</translation>
    </message>
    <message>
        <source>highlight: yellow (default), green, blue, pink or purple.</source>
        <translation>highlight: yellow (Standard), green, blue, pink oder purple.</translation>
    </message>
    <message>
        <source>highlight: a note (Markdown).</source>
        <translation>highlight: eine Notiz (Markdown).</translation>
    </message>
    <message>
        <source>highlight: a tag; export: keep only highlights with this tag. Repeat for several.</source>
        <translation>highlight: ein Schlagwort; export: nur Markierungen mit diesem Schlagwort behalten. Für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>export: every article in the library.</source>
        <translation>export: alle Artikel der Bibliothek.</translation>
    </message>
    <message>
        <source>export: the template file (default: the built-in template).</source>
        <translation>export: die Vorlagendatei (Standard: die eingebaute Vorlage).</translation>
    </message>
    <message>
        <source>export: replace exported blocks you edited instead of reporting a conflict.</source>
        <translation>export: von Ihnen bearbeitete exportierte Blöcke ersetzen, statt einen Konflikt zu melden.</translation>
    </message>
    <message>
        <source>export: keep only highlights of this colour; repeat for several.</source>
        <translation>export: nur Markierungen dieser Farbe behalten; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>export: group highlights by none (default), colour or speaker.</source>
        <translation>export: Markierungen nach none (Standard), colour oder speaker gruppieren.</translation>
    </message>
    <message>
        <source>Arguments of the command.</source>
        <translation>Argumente des Befehls.</translation>
    </message>
    <message>
        <source>--article goes with import --replace</source>
        <translation>--article gehört zu import --replace</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see --help</source>
        <translation>unbekannter Befehl &apos;%1&apos;; siehe --help</translation>
    </message>
    <message>
        <source>import needs at least one file or web address</source>
        <translation>import braucht mindestens eine Datei oder Webadresse</translation>
    </message>
    <message>
        <source>%1: a %2 list of %3 links</source>
        <translation>%1: eine %2-Liste mit %3 Links</translation>
    </message>
    <message>
        <source>%1 of %2 links imported</source>
        <translation>%1 von %2 Links importiert</translation>
    </message>
    <message>
        <source>not imported:</source>
        <translation>nicht importiert:</translation>
    </message>
    <message>
        <source>usage: annotations export ARTICLE-ID|--all [--out FILE] | annotations import FILE</source>
        <translation>Aufruf: annotations export ARTIKEL-ID|--all [--out DATEI] | annotations import DATEI</translation>
    </message>
    <message>
        <source>could not read the highlights: %1</source>
        <translation>die Markierungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: could not write the file: %2</source>
        <translation>%1: die Datei konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) exported</source>
        <translation>
            <numerusform>%n Annotation exportiert</numerusform>
            <numerusform>%n Annotationen exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>imported %1, already present %2, orphaned %3, no matching article %4, skipped %5</source>
        <translation>importiert %1, schon vorhanden %2, verwaist %3, ohne passenden Artikel %4, übersprungen %5</translation>
    </message>
    <message>
        <source>export: the folder to write to; annotations export: the file; - for standard output (default).</source>
        <translation>export: der Ordner, in den geschrieben wird; annotations export: die Datei; - für die Standardausgabe (Standard).</translation>
    </message>
    <message>
        <source>extract, import, list, search, highlight, highlights, export, annotations or copy</source>
        <translation>extract, import, list, search, highlight, highlights, export, annotations oder copy</translation>
    </message>
    <message>
        <source>import-list takes exactly one file (a Pocket, Instapaper or Omnivore export)</source>
        <translation>import-list nimmt genau eine Datei (einen Export aus Pocket, Instapaper oder Omnivore)</translation>
    </message>
    <message>
        <source>Quoteshelf command-line tool.

Commands:
  extract FILE [--format json|text]  print what Quoteshelf makes of a saved article (no library involved)
  import FILE|URL...                 import saved articles into the library; prints ID&lt;TAB&gt;TITLE per article.
                                     An http(s) URL is fetched with the images its article uses, so it
                                     reads offline; the address after redirects is kept as its source
                                     (QUOTESHELF_FETCH_TIMEOUT_MS: how long a silent server is waited for)
  import --replace FILE|URL...       update the article that came from the same source (the web address
                                     the page names, else the file&apos;s full path) in place: same id, new text,
                                     highlights re-anchored (a line per file on stderr says how many stayed,
                                     moved, fuzzy-matched or were orphaned; orphans are kept); imports as new
                                     when no article matches. When it is not certain which article the file
                                     replaces (several, or only a file of the same name elsewhere), nothing
                                     changes: the candidates are named and the exit code is 1
  import --replace --article ID FILE replace article ID with FILE
  import-list FILE                   import every link of a Pocket (HTML or CSV) or Instapaper (CSV) export
                                     as import URL does, keeping its tags and archived state; prints
                                     ID&lt;TAB&gt;TITLE per article, progress and the failures on stderr
  import-list OMNIVORE.zip|FOLDER [--fetch-missing]
                                     import an Omnivore export (the zip or its folder): each saved page
                                     with its labels as tags, archived state, highlights and notes
                                     (anchored by quote, else kept as orphans); a page the export does not
                                     hold is made of its highlights, or fetched with --fetch-missing
  list                               list the articles in the library: ID&lt;TAB&gt;TITLE
  search QUERY...                    full-text search: ID&lt;TAB&gt;TITLE&lt;TAB&gt;snippet per hit; words are
                                     prefixes, &quot;quoted phrases&quot; exact, filters tag:, speaker:, site:
  highlight ID --text WORDS [--color C] [--note N] [--tag T]...
                                     highlight the first occurrence of WORDS in article ID; prints the
                                     highlight&apos;s id. Colours: yellow (default), green, blue, pink, purple
  highlights ID                      list article ID&apos;s highlights, orphans last:
                                     ID&lt;TAB&gt;START&lt;TAB&gt;END&lt;TAB&gt;COLOUR&lt;TAB&gt;orphan?&lt;TAB&gt;TEXT&lt;TAB&gt;TAGS&lt;TAB&gt;NOTE
  export ID|--all [--template FILE] [--out DIR|-] [--overwrite] [--colour C]... [--tag T]...
         [--group-by none|colour|speaker]
                                     export article ID (or every article) as Markdown through the
                                     template (default: the built-in one). --out - (the default) prints
                                     the files; --out DIR writes or updates one file per article there,
                                     keeping what you wrote outside the exported block, and prints
                                     STATUS&lt;TAB&gt;PATH per file (written, updated, unchanged, conflict,
                                     error). A block you edited is a conflict (exit 1) unless --overwrite.
                                     A broken template prints FILE:LINE: message and writes nothing
  annotations export ID|--all [--out FILE]
                                     article ID&apos;s (or every article&apos;s) highlights, notes, tags and colours
                                     as one W3C Web Annotation document (JSON-LD); --out - (the default)
                                     prints it
  annotations import FILE            attach the annotations of a W3C Web Annotation document or a
                                     Hypothesis export to the articles from the same web addresses,
                                     anchored by their quoted text; prints how many were imported, already
                                     present, orphaned (quote not found, kept), had no matching article or
                                     were skipped (no quoted text). A broken file changes nothing (exit 1)
  copy ID                            print article ID&apos;s note and highlights as Markdown, as Copy puts
                                     them on the clipboard
  check                              check the library file and its full-text indexes (exit 1 on damage)
  backup                             make a checked backup now (kept in backups/ beside the library)
  backups                            list the backups: PATH&lt;TAB&gt;CREATED&lt;TAB&gt;BYTES, newest first
  restore [BACKUP]                   put a backup (default: the newest good one) in place of the
                                     library; the library as it was is kept beside it

Exit codes: 0 done, 1 failed, 2 usage error, 3 the library is damaged (nothing more is written).</source>
        <translation>Quoteshelf-Kommandozeilenwerkzeug.

Befehle:
  extract FILE [--format json|text]  ausgeben, was Quoteshelf aus einem gespeicherten Artikel macht (ohne Bibliothek)
  import FILE|URL...                 gespeicherte Artikel in die Bibliothek importieren; gibt ID&lt;TAB&gt;TITLE je Artikel aus.
                                     Eine http(s)-URL wird samt den Bildern ihres Artikels geladen, sodass er sich
                                     offline lesen lässt; die Adresse nach Weiterleitungen bleibt seine Quelle
                                     (QUOTESHELF_FETCH_TIMEOUT_MS: wie lange auf einen stummen Server gewartet wird)
  import --replace FILE|URL...       den Artikel aus derselben Quelle (der Webadresse, die die Seite nennt,
                                     sonst dem vollständigen Pfad der Datei) an Ort und Stelle aktualisieren:
                                     dieselbe ID, neuer Text, Markierungen neu verankert (eine Zeile je Datei
                                     auf stderr sagt, wie viele blieben, verschoben, ungefähr zugeordnet wurden
                                     oder verwaist sind; verwaiste bleiben erhalten); importiert als neuer
                                     Artikel, wenn kein Artikel passt. Ist nicht sicher, welchen Artikel die
                                     Datei ersetzt (mehrere oder nur eine gleichnamige Datei anderswo), ändert
                                     sich nichts: die Kandidaten werden genannt, der Rückgabewert ist 1
  import --replace --article ID FILE Artikel ID durch FILE ersetzen
  import-list FILE                   jeden Link eines Exports aus Pocket (HTML oder CSV) oder Instapaper (CSV)
                                     wie import URL importieren, mit seinen Schlagwörtern und dem Archivstatus;
                                     gibt ID&lt;TAB&gt;TITLE je Artikel aus, Fortschritt und Fehlschläge auf stderr
  import-list OMNIVORE.zip|FOLDER [--fetch-missing]
                                      einen Export aus Omnivore importieren (die Zip-Datei oder ihren Ordner): jede
                                     gespeicherte Seite mit ihren Labels als Schlagwörtern, dem Archivstatus, ihren Markierungen
                                     und Notizen (per Zitat verankert, sonst als verwaiste behalten); eine Seite, die nicht im
                                     Export ist, wird aus ihren Markierungen gebildet oder mit --fetch-missing abgerufen
  list                               die Artikel der Bibliothek auflisten: ID&lt;TAB&gt;TITLE
  search QUERY...                    Volltextsuche: ID&lt;TAB&gt;TITLE&lt;TAB&gt;Ausschnitt je Treffer; Wörter passen als
                                     Wortanfang, &quot;Wortgruppen in Anführungszeichen&quot; genau, Filter tag:,
                                     speaker:, site:
  highlight ID --text WORDS [--color C] [--note N] [--tag T]...
                                     das erste Vorkommen von WORDS in Artikel ID markieren; gibt die ID der
                                     Markierung aus. Farben: yellow (Standard), green, blue, pink, purple
  highlights ID                      die Markierungen von Artikel ID auflisten, verwaiste zuletzt:
                                     ID&lt;TAB&gt;START&lt;TAB&gt;END&lt;TAB&gt;COLOUR&lt;TAB&gt;orphan?&lt;TAB&gt;TEXT&lt;TAB&gt;TAGS&lt;TAB&gt;NOTE
  export ID|--all [--template FILE] [--out DIR|-] [--overwrite] [--colour C]... [--tag T]...
         [--group-by none|colour|speaker]
                                     Artikel ID (oder alle Artikel) über die Vorlage (Standard: die
                                     eingebaute) als Markdown exportieren. --out - (der Standard) gibt die
                                     Dateien aus; --out DIR schreibt oder aktualisiert dort eine Datei je
                                     Artikel, behält, was Sie außerhalb des exportierten Blocks geschrieben
                                     haben, und gibt STATUS&lt;TAB&gt;PATH je Datei aus (written, updated,
                                     unchanged, conflict, error). Ein von Ihnen bearbeiteter Block ist ein
                                     Konflikt (Rückgabewert 1), außer mit --overwrite. Eine fehlerhafte
                                     Vorlage gibt FILE:LINE: Meldung aus und schreibt nichts
  annotations export ID|--all [--out FILE]
                                     die Markierungen, Notizen, Schlagwörter und Farben von Artikel ID (oder
                                     aller Artikel) als ein W3C-Web-Annotation-Dokument (JSON-LD); --out -
                                     (Standard) gibt es aus
  annotations import FILE            die Annotationen eines W3C-Web-Annotation-Dokuments oder eines
                                     Hypothesis-Exports an die Artikel derselben Webadressen anhängen,
                                     verankert an ihrem zitierten Text; gibt aus, wie viele importiert,
                                     schon vorhanden, verwaist (Zitat nicht gefunden, behalten), ohne
                                     passenden Artikel oder übersprungen (kein zitierter Text) waren. Eine
                                     fehlerhafte Datei ändert nichts (Rückgabewert 1)
  copy ID                            Notiz und Markierungen von Artikel ID als Markdown ausgeben, so wie
                                     Kopieren sie in die Zwischenablage legt
  check                              die Bibliotheksdatei und ihre Volltextindizes prüfen (Rückgabewert 1
                                     bei Schäden)
  backup                             jetzt eine geprüfte Sicherung anlegen (in backups/ neben der Bibliothek)
  backups                            die Sicherungen auflisten: PATH&lt;TAB&gt;CREATED&lt;TAB&gt;BYTES, neueste zuerst
  restore [BACKUP]                   eine Sicherung (Standard: die neueste intakte) an die Stelle der
                                     Bibliothek setzen; die Bibliothek im vorherigen Zustand bleibt daneben
                                     erhalten

Rückgabewerte: 0 erledigt, 1 fehlgeschlagen, 2 Aufruffehler, 3 die Bibliothek ist beschädigt (es wird nichts mehr geschrieben).</translation>
    </message>
    <message>
        <source>import-list: fetch the pages an Omnivore export does not hold.</source>
        <translation>import-list: die Seiten abrufen, die ein Export aus Omnivore nicht enthält.</translation>
    </message>
    <message>
        <source>%1: an Omnivore export of %2 articles</source>
        <translation>%1: ein Export aus Omnivore mit %2 Artikeln</translation>
    </message>
    <message>
        <source>%1: its page is not in the export; imported from its highlights (--fetch-missing fetches such pages)</source>
        <translation>%1: die Seite ist nicht im Export; aus ihren Markierungen importiert (--fetch-missing ruft solche Seiten ab)</translation>
    </message>
    <message>
        <source>%1 of %2 articles imported; highlights: %3 anchored, %4 orphaned, %5 already present (%6 ms)</source>
        <translation>%1 von %2 Artikeln importiert; Markierungen: %3 verankert, %4 verwaist, %5 schon vorhanden (%6 ms)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Read saved news articles offline and work with what people said in them.</source>
        <translation>Gespeicherte Nachrichtenartikel offline lesen und mit dem arbeiten, was Menschen darin gesagt haben.</translation>
    </message>
    <message>
        <source>Use the library in &lt;dir&gt; (default: $QUOTESHELF_LIBRARY or the user&apos;s data folder).</source>
        <translation>Die Bibliothek in &lt;dir&gt; verwenden (Standard: $QUOTESHELF_LIBRARY oder der Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once the article is shown, then quit.</source>
        <translation>Ein Bild des Hauptfensters in &lt;file&gt; speichern, sobald der Artikel angezeigt wird, und dann beenden.</translation>
    </message>
    <message>
        <source>Saved articles to import, or quoteshelf:// links to open.</source>
        <translation>Gespeicherte Artikel zum Importieren oder quoteshelf://-Links zum Öffnen.</translation>
    </message>
    <message>
        <source>Quoteshelf</source>
        <translation>Quoteshelf</translation>
    </message>
    <message>
        <source>Upgrading your library to this version of Quoteshelf…

A large library takes a few minutes. A copy of the library as it was is kept beside it.</source>
        <translation>Ihre Bibliothek wird auf diese Version von Quoteshelf aktualisiert…

Eine große Bibliothek braucht einige Minuten. Eine Kopie der Bibliothek im vorherigen Zustand bleibt daneben erhalten.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1. Restore it? The damaged library is kept beside it.</source>
        <translation>Die neueste intakte Sicherung ist vom %1. Wiederherstellen? Die beschädigte Bibliothek bleibt daneben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Restore Backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
</context>
</TS>

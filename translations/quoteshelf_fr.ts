<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BackupStore</name>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1.</translation>
    </message>
    <message>
        <source>damaged (%1)</source>
        <translation>endommagée (%1)</translation>
    </message>
    <message>
        <source>not a Quoteshelf library</source>
        <translation>pas une bibliothèque Quoteshelf</translation>
    </message>
    <message>
        <source>There is no backup of %1 in %2.</source>
        <translation>Il n&apos;y a aucune sauvegarde de %1 dans %2.</translation>
    </message>
    <message>
        <source>No backup of %1 passes its check: %2</source>
        <translation>Aucune sauvegarde de %1 ne passe la vérification&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot restore from %1: %2</source>
        <translation>Impossible de restaurer à partir de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before restoring it (is the disk full?); nothing was changed.</source>
        <translation>Impossible de garder une copie de %1 avant de la restaurer (le disque est-il plein&#xa0;?)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot restore %1 from %2: %3. The library as it was is in %4.</source>
        <translation>Impossible de restaurer %1 à partir de %2&#xa0;: %3. La bibliothèque telle qu&apos;elle était se trouve dans %4.</translation>
    </message>
    <message>
        <source>Cannot copy %1: %2</source>
        <translation>Impossible de copier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The copy of %1 did not pass its check (%2); it was not kept.</source>
        <translation>La copie de %1 n&apos;a pas passé la vérification (%2)&#xa0;; elle n&apos;a pas été conservée.</translation>
    </message>
    <message>
        <source>Cannot keep the copy as %1.</source>
        <translation>Impossible de conserver la copie sous %1.</translation>
    </message>
    <message>
        <source>The library is in %1 already.</source>
        <translation>La bibliothèque se trouve déjà dans %1.</translation>
    </message>
    <message>
        <source>%1 holds a library already; choose an empty folder.</source>
        <translation>%1 contient déjà une bibliothèque&#xa0;; choisissez un dossier vide.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 to %2.</source>
        <translation>Impossible de copier la sauvegarde %1 vers %2.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Other highlights</source>
        <translation>Autres surlignages</translation>
    </message>
    <message>
        <source>the file holds the export of article %1</source>
        <translation>le fichier contient l&apos;export de l&apos;article %1</translation>
    </message>
    <message>
        <source>the file has no Quoteshelf export block</source>
        <translation>le fichier ne contient aucun bloc d&apos;export Quoteshelf</translation>
    </message>
    <message>
        <source>the file has %1 export blocks for article %2</source>
        <translation>le fichier contient %1 blocs d&apos;export pour l&apos;article %2</translation>
    </message>
    <message>
        <source>the export block has no end marker (&lt;!-- quoteshelf:end --&gt;)</source>
        <translation>le bloc d&apos;export n&apos;a pas de marque de fin (&lt;!-- quoteshelf:end --&gt;)</translation>
    </message>
    <message>
        <source>the export block was edited since the last export</source>
        <translation>le bloc d&apos;export a été modifié depuis le dernier export</translation>
    </message>
    <message>
        <source>no free file name</source>
        <translation>aucun nom de fichier libre</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>no article %1 in the library</source>
        <translation>aucun article %1 dans la bibliothèque</translation>
    </message>
</context>
<context>
    <name>HighlightColours</name>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>the page has more than %L1 elements (%L2); no article has that many</source>
        <translation>la page compte plus de %L1 éléments (%L2)&#xa0;; aucun article n&apos;en a autant</translation>
    </message>
    <message>
        <source>the page&apos;s tags have more than %L1 attributes (%L2); no article has that many</source>
        <translation>les balises de la page ont plus de %L1 attributs (%L2)&#xa0;; aucun article n&apos;en a autant</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) had more than %1 attributes; only the first %1 of each were kept</source>
        <translation>
            <numerusform>%n élément avait plus de %1 attributs&#xa0;; seuls les %1 premiers ont été conservés</numerusform>
            <numerusform>%n éléments avaient plus de %1 attributs&#xa0;; seuls les %1 premiers de chacun ont été conservés</numerusform>
        </translation>
    </message>
    <message>
        <source>the page contains no readable text</source>
        <translation>la page ne contient aucun texte lisible</translation>
    </message>
    <message>
        <source>the page “%1” contains no readable text besides its title (a page that loads its text with scripts is saved without it)</source>
        <translation>la page « %1 » ne contient aucun texte lisible hormis son titre (une page qui charge son texte par des scripts est enregistrée sans lui)</translation>
    </message>
    <message>
        <source>the Markdown file could not be read</source>
        <translation>le fichier Markdown n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>the MHTML archive is truncated: the file ends in the middle of the page</source>
        <translation>l&apos;archive MHTML est tronquée&#xa0;: le fichier s&apos;arrête au milieu de la page</translation>
    </message>
    <message>
        <source>the MHTML archive&apos;s parts decode to more than %1 MB</source>
        <translation>les parties de l&apos;archive MHTML dépassent %1 Mo une fois décodées</translation>
    </message>
    <message>
        <source>not a readable MHTML archive: it contains no HTML page (the file may be truncated or damaged)</source>
        <translation>archive MHTML illisible&#xa0;: elle ne contient aucune page HTML (le fichier est peut-être tronqué ou endommagé)</translation>
    </message>
    <message>
        <source>the MHTML archive is truncated (the file ends before the archive does): the page is complete, but images saved after the point where it ends are missing</source>
        <translation>l&apos;archive MHTML est tronquée (le fichier s&apos;arrête avant la fin de l&apos;archive)&#xa0;: la page est complète, mais les images enregistrées après ce point manquent</translation>
    </message>
    <message>
        <source>MHTML archives are not supported by this build (KMime missing)</source>
        <translation>les archives MHTML ne sont pas prises en charge par cette version (KMime absent)</translation>
    </message>
    <message>
        <source>not a readable MHTML archive: a part&apos;s header is longer than %1 KB</source>
        <translation>archive MHTML illisible&#xa0;: l&apos;en-tête d&apos;une partie dépasse %1 Ko</translation>
    </message>
    <message>
        <source>the archive has more than %1 parts; no saved page has that many</source>
        <translation>l&apos;archive compte plus de %1 parties&#xa0;; aucune page enregistrée n&apos;en a autant</translation>
    </message>
    <message>
        <source>the archive&apos;s parts are nested more than %1 levels deep; no saved page is</source>
        <translation>les parties de l&apos;archive sont imbriquées sur plus de %1 niveaux&#xa0;; aucune page enregistrée ne l&apos;est</translation>
    </message>
    <message>
        <source>the file is too large to import (%1 MB; the limit is %2 MB)</source>
        <translation>le fichier est trop volumineux pour être importé (%1 Mo&#xa0;; la limite est de %2 Mo)</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not a text or HTML document: the file is binary data</source>
        <translation>pas un document texte ou HTML&#xa0;: le fichier contient des données binaires</translation>
    </message>
    <message>
        <source>the page has %L1 elements in %2 of markup, more than %L3: far more tags than an article of that size has</source>
        <translation>la page compte %L1 éléments dans %2 de balisage, plus que %L3&#xa0;: bien plus de balises qu&apos;un article de cette taille</translation>
    </message>
    <message>
        <source>the page is empty</source>
        <translation>la page est vide</translation>
    </message>
    <message>
        <source>not an HTML page</source>
        <translation>ce n&apos;est pas une page HTML</translation>
    </message>
    <message>
        <source>not a web address (only http and https addresses can be imported)</source>
        <translation>ce n&apos;est pas une adresse web (seules les adresses http et https peuvent être importées)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the page is too large to import (%1 MB; the limit is %2 MB)</source>
        <translation>la page est trop volumineuse pour être importée (%1 Mo&#xa0;; la limite est de %2 Mo)</translation>
    </message>
    <message>
        <source>the page is too large to import (more than %1 MB)</source>
        <translation>la page est trop volumineuse pour être importée (plus de %1 Mo)</translation>
    </message>
    <message>
        <source>not an HTML page (the server sent %1)</source>
        <translation>ce n&apos;est pas une page HTML (le serveur a envoyé %1)</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>le serveur a répondu HTTP %1 %2</translation>
    </message>
    <message>
        <source>host not found: %1 (no such name, or no network)</source>
        <translation>hôte introuvable&#xa0;: %1 (nom inconnu, ou pas de réseau)</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>le serveur a refusé la connexion</translation>
    </message>
    <message>
        <source>timed out: no answer for %1 seconds</source>
        <translation>délai dépassé&#xa0;: aucune réponse pendant %1 secondes</translation>
    </message>
    <message>
        <source>secure connection (TLS) failed: %1</source>
        <translation>échec de la connexion sécurisée (TLS)&#xa0;: %1</translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation>trop de redirections (plus de %1)</translation>
    </message>
    <message>
        <source>redirected from a secure (https) address to an insecure one; not followed</source>
        <translation>redirigé d&apos;une adresse sécurisée (https) vers une adresse non sécurisée&#xa0;; redirection non suivie</translation>
    </message>
    <message>
        <source>redirected to an address that is not http or https</source>
        <translation>redirigé vers une adresse qui n&apos;est ni http ni https</translation>
    </message>
    <message>
        <source>a CSV file without a URL column</source>
        <translation>un fichier CSV sans colonne URL</translation>
    </message>
    <message>
        <source>no web addresses found (expected a Pocket or Instapaper export)</source>
        <translation>aucune adresse web trouvée (un export de Pocket ou d&apos;Instapaper est attendu)</translation>
    </message>
    <message>
        <source>timed out: the page took longer than %1 seconds to arrive</source>
        <translation>délai dépassé&#xa0;: la page a mis plus de %1 secondes à arriver</translation>
    </message>
    <message>
        <source>%1: not an Omnivore export (no metadata_*.json in it)</source>
        <translation>%1 : ce n&apos;est pas un export d&apos;Omnivore (aucun metadata_*.json dedans)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2 is not valid JSON (%3)</source>
        <translation>%1 : %2 n&apos;est pas du JSON valide (%3)</translation>
    </message>
    <message>
        <source>%1: %2 is not a list of articles</source>
        <translation>%1 : %2 n&apos;est pas une liste d&apos;articles</translation>
    </message>
    <message>
        <source>%1: %2: an entry has neither a slug nor a URL</source>
        <translation>%1 : %2 : une entrée n&apos;a ni slug ni URL</translation>
    </message>
    <message>
        <source>%1: the files of %2: %3</source>
        <translation>%1 : les fichiers de %2 : %3</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1 : fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>%1: not a readable zip archive (damaged or truncated?)</source>
        <translation>%1 : ce n&apos;est pas une archive zip lisible (endommagée ou tronquée ?)</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 est trop volumineux</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated in the archive</source>
        <translation>%1 est endommagé ou tronqué dans l&apos;archive</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1: is a folder, not a saved article</source>
        <translation>%1&#xa0;: c&apos;est un dossier, pas un article enregistré</translation>
    </message>
    <message>
        <source>%1: is the Quoteshelf library itself, not a saved article</source>
        <translation>%1&#xa0;: c&apos;est la bibliothèque Quoteshelf elle-même, pas un article enregistré</translation>
    </message>
    <message>
        <source>could not store the tag %1</source>
        <translation>l&apos;étiquette %1 n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>could not tidy the tags</source>
        <translation>les étiquettes n&apos;ont pas pu être rangées</translation>
    </message>
    <message>
        <source>is a folder, not a saved article</source>
        <translation>c&apos;est un dossier, pas un article enregistré</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is the Quoteshelf library itself, not a saved article</source>
        <translation>c&apos;est la bibliothèque Quoteshelf elle-même, pas un article enregistré</translation>
    </message>
    <message>
        <source>articles %1 all came from %2; it is not certain which one this file replaces</source>
        <translation>les articles %1 proviennent tous de %2&#xa0;; on ne sait pas avec certitude lequel ce fichier remplace</translation>
    </message>
    <message>
        <source>articles %1 all came from this file; it is not certain which one it replaces</source>
        <translation>les articles %1 proviennent tous de ce fichier&#xa0;; on ne sait pas avec certitude lequel il remplace</translation>
    </message>
    <message>
        <source>article %1 came from this file but named its web address, and this version names none; it is not certain that it is the same article</source>
        <translation>l&apos;article %1 provient de ce fichier mais indiquait son adresse web, et cette version n&apos;en indique aucune&#xa0;; il n&apos;est pas certain que ce soit le même article</translation>
    </message>
    <message>
        <source>article %1 came from this file but from another web address; this file now holds a different page</source>
        <translation>l&apos;article %1 provient de ce fichier mais d&apos;une autre adresse web&#xa0;; ce fichier contient désormais une autre page</translation>
    </message>
    <message>
        <source>article %1 came from a file named %2, but not from this one (%3); it is not certain that it is the same article</source>
        <translation>l&apos;article %1 provient d&apos;un fichier nommé %2, mais pas de celui-ci (%3)&#xa0;; il n&apos;est pas certain que ce soit le même article</translation>
    </message>
    <message>
        <source>could not look up the article: %1</source>
        <translation>l&apos;article n&apos;a pas pu être recherché&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: there is no article %2 in the library</source>
        <translation>%1&#xa0;: il n&apos;y a pas d&apos;article %2 dans la bibliothèque</translation>
    </message>
    <message>
        <source>%1: not replaced: %2</source>
        <translation>%1&#xa0;: non remplacé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the library is busy or read-only</source>
        <translation>%1&#xa0;: la bibliothèque est occupée ou en lecture seule</translation>
    </message>
    <message>
        <source>%1: this text is already in the library as article %2</source>
        <translation>%1&#xa0;: ce texte est déjà dans la bibliothèque comme article %2</translation>
    </message>
    <message>
        <source>%1: could not update the article: %2</source>
        <translation>%1&#xa0;: l&apos;article n&apos;a pas pu être mis à jour&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: could not save the article in the library</source>
        <translation>%1&#xa0;: l&apos;article n&apos;a pas pu être enregistré dans la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be fetched</source>
        <translation>
            <numerusform>%n image n&apos;a pas pu être téléchargée</numerusform>
            <numerusform>%n images n&apos;ont pas pu être téléchargées</numerusform>
        </translation>
    </message>
    <message>
        <source>only the first %1 of its %2 images were fetched</source>
        <translation>seules les %1 premières de ses %2 images ont été téléchargées</translation>
    </message>
    <message>
        <source>Quoteshelf highlights</source>
        <translation>Surlignages Quoteshelf</translation>
    </message>
    <message>
        <source>entry %1 of the annotation list is not an annotation (not a JSON object)</source>
        <translation>l&apos;entrée %1 de la liste d&apos;annotations n&apos;est pas une annotation (pas un objet JSON)</translation>
    </message>
    <message>
        <source>an AnnotationPage has no list of items</source>
        <translation>une AnnotationPage n&apos;a pas de liste d&apos;éléments (items)</translation>
    </message>
    <message>
        <source>the collection&apos;s pages are not in the file (it only links to them)</source>
        <translation>les pages de la collection ne sont pas dans le fichier (il ne contient que des liens vers elles)</translation>
    </message>
    <message>
        <source>the collection has no first page</source>
        <translation>la collection n&apos;a pas de première page</translation>
    </message>
    <message>
        <source>it is neither a W3C annotation document nor a Hypothesis export</source>
        <translation>ce n&apos;est ni un document d&apos;annotations W3C ni un export Hypothesis</translation>
    </message>
    <message>
        <source>a TextQuoteSelector has no exact text</source>
        <translation>un TextQuoteSelector n&apos;a pas de texte (exact)</translation>
    </message>
    <message>
        <source>a TextPositionSelector has no start or end</source>
        <translation>un TextPositionSelector n&apos;a pas de début ou de fin</translation>
    </message>
    <message>
        <source>an annotation has no target</source>
        <translation>une annotation n&apos;a pas de cible (target)</translation>
    </message>
    <message>
        <source>the library could not be written: %1</source>
        <translation>la bibliothèque n&apos;a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>the highlight&apos;s tags could not be stored</source>
        <translation>les étiquettes du surlignage n&apos;ont pas pu être enregistrées</translation>
    </message>
    <message>
        <source>%1: is a folder, not an annotation file</source>
        <translation>%1&#xa0;: est un dossier, pas un fichier d&apos;annotations</translation>
    </message>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation>%1&#xa0;: impossible d&apos;ouvrir le fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB</source>
        <translation>%1&#xa0;: le fichier dépasse %2 Mo</translation>
    </message>
    <message>
        <source>%1: not a valid JSON file (%2 at byte %3)</source>
        <translation>%1&#xa0;: pas un fichier JSON valide (%2 à l&apos;octet %3)</translation>
    </message>
    <message>
        <source>annotation %1: %2</source>
        <translation>annotation %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the library is busy or read-only (%2)</source>
        <translation>%1&#xa0;: la bibliothèque est occupée ou en lecture seule (%2)</translation>
    </message>
    <message>
        <source>%1: the annotations could not be saved: %2</source>
        <translation>%1&#xa0;: les annotations n&apos;ont pas pu être enregistrées&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no web address in the export</source>
        <translation>%1 : aucune adresse web dans l&apos;export</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Core::SingleInstance</name>
    <message>
        <source>Cannot create the lock file in %1.</source>
        <translation>Impossible de créer le fichier de verrou dans %1.</translation>
    </message>
    <message>
        <source>Cannot listen for other Quoteshelf windows: %1</source>
        <translation>Impossible d&apos;écouter les autres fenêtres Quoteshelf&#xa0;: %1</translation>
    </message>
    <message>
        <source>Quoteshelf is already running on this library but does not answer.</source>
        <translation>Quoteshelf est déjà ouvert sur cette bibliothèque mais ne répond pas.</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Library::ArticleRepository</name>
    <message>
        <source>The library is busy or read-only: %1</source>
        <translation>La bibliothèque est occupée ou en lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not save the article in the library: %1</source>
        <translation>L&apos;article n&apos;a pas pu être enregistré dans la bibliothèque&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Library::Database</name>
    <message>
        <source>Cannot create the library folder %1.</source>
        <translation>Impossible de créer le dossier de la bibliothèque %1.</translation>
    </message>
    <message>
        <source>Cannot create a library in %1: the folder is read-only.</source>
        <translation>Impossible de créer une bibliothèque dans %1&#xa0;: le dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Quoteshelf library: it is not an SQLite database.</source>
        <translation>%1 n&apos;est pas une bibliothèque Quoteshelf&#xa0;: ce n&apos;est pas une base de données SQLite.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). Restore it from a backup.</source>
        <translation>%1 est endommagée et ne peut pas être ouverte (%2). Restaurez-la à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened.</source>
        <translation>%1 est endommagée et ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Quoteshelf library.</source>
        <translation>%1 est la base de données SQLite d&apos;un autre programme, pas une bibliothèque Quoteshelf.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Quoteshelf (library format %2; this version reads up to %3). Update Quoteshelf to open it; the library was not changed.</source>
        <translation>%1 a été écrite par une version plus récente de Quoteshelf (format de bibliothèque %2&#xa0;; cette version lit jusqu&apos;au format %3). Mettez Quoteshelf à jour pour l&apos;ouvrir&#xa0;; la bibliothèque n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version of Quoteshelf, but it is read-only. Open it once where it can be written.</source>
        <translation>%1 doit être mise à niveau pour cette version de Quoteshelf, mais elle est en lecture seule. Ouvrez-la une fois là où elle peut être modifiée.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the library is read-only</source>
        <translation>la bibliothèque est en lecture seule</translation>
    </message>
    <message>
        <source>the library is damaged</source>
        <translation>la bibliothèque est endommagée</translation>
    </message>
    <message>
        <source>the disk could not be read or written (%1)</source>
        <translation>le disque n&apos;a pas pu être lu ou écrit (%1)</translation>
    </message>
    <message>
        <source>the library is damaged; nothing more is written to it</source>
        <translation>la bibliothèque est endommagée&#xa0;; plus rien n&apos;y est écrit</translation>
    </message>
    <message>
        <source>Cannot set up %1: %2</source>
        <translation>Impossible de préparer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot back up %1 before upgrading it: %2</source>
        <translation>Impossible de sauvegarder %1 avant sa mise à niveau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the library %1: %2</source>
        <translation>Impossible de créer la bibliothèque %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation>Impossible de mettre %1 à niveau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Upgrading %1 to library format %2 (%3) failed: %4</source>
        <translation>La mise à niveau de %1 vers le format de bibliothèque %2 (%3) a échoué&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) to rows that are not there</source>
        <translation>
            <numerusform>%n référence à des lignes qui n&apos;existent pas</numerusform>
            <numerusform>%n références à des lignes qui n&apos;existent pas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Library::LibraryHealth</name>
    <message>
        <source>found damaged before</source>
        <translation>déjà signalée endommagée</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Library::LibraryModel</name>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>%1
by %2</source>
        <translation>%1
par %2</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Library::NotebookModel</name>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::AnnotationController</name>
    <message>
        <source>Could not save the highlight.</source>
        <translation>Le surlignage n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Article Note</source>
        <translation>Note de l&apos;article</translation>
    </message>
    <message>
        <source>Select the text the highlight belongs to first, then choose Re-attach.</source>
        <translation>Sélectionnez d&apos;abord le texte auquel appartient le surlignage, puis choisissez «&#xa0;Rattacher à la sélection&#xa0;».</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Renommer l&apos;étiquette</translation>
    </message>
    <message>
        <source>New name for “%1” (an existing tag’s name merges the two):</source>
        <translation>Nouveau nom pour «&#xa0;%1&#xa0;» (le nom d&apos;une étiquette existante fusionne les deux)&#xa0;:</translation>
    </message>
    <message>
        <source>Article Tags</source>
        <translation>Étiquettes de l&apos;article</translation>
    </message>
    <message>
        <source>Tags for “%1”, separated by commas:</source>
        <translation>Étiquettes pour «&#xa0;%1&#xa0;», séparées par des virgules&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::ArticlePanels</name>
    <message>
        <source>Article panels</source>
        <translation>Panneaux de l&apos;article</translation>
    </message>
    <message>
        <source>Speakers in this article</source>
        <translation>Locuteurs de cet article</translation>
    </message>
    <message>
        <source>Quotes in this article</source>
        <translation>Citations de cet article</translation>
    </message>
    <message>
        <source>Tags of this article</source>
        <translation>Étiquettes de cet article</translation>
    </message>
    <message>
        <source>Your highlights in this article</source>
        <translation>Vos surlignages dans cet article</translation>
    </message>
    <message>
        <source>No one is quoted in this article.</source>
        <translation>Personne n&apos;est cité dans cet article.</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Locuteurs</translation>
    </message>
    <message>
        <source>No quotes were found in this article.</source>
        <translation>Aucune citation n&apos;a été trouvée dans cet article.</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>No tags yet.</source>
        <translation>Pas encore d&apos;étiquettes.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Article Note…</source>
        <translation>Note de l&apos;article…</translation>
    </message>
    <message>
        <source>Your notes on the whole article, in Markdown</source>
        <translation>Vos notes sur l&apos;ensemble de l&apos;article, en Markdown</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Toutes les couleurs</translation>
    </message>
    <message>
        <source>Select text in the article to highlight it.

Keys 1–5 pick a colour.</source>
        <translation>Sélectionnez du texte dans l&apos;article pour le surligner.

Les touches 1 à 5 choisissent une couleur.</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <source>Click a tag to list the articles that have it</source>
        <translation>Cliquez sur une étiquette pour lister les articles qui la portent</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source> · reported</source>
        <translation> · rapportée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Copy as Markdown</source>
        <translation>&amp;Copier en Markdown</translation>
    </message>
    <message>
        <source>&amp;Show in Article</source>
        <translation>&amp;Afficher dans l&apos;article</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Surligner</translation>
    </message>
    <message>
        <source>&amp;Wrong Speaker…</source>
        <translation>&amp;Mauvais locuteur…</translation>
    </message>
    <message>
        <source>Articles Quoting %1</source>
        <translation>Articles citant %1</translation>
    </message>
    <message>
        <source>Everything %1 Said…</source>
        <translation>Tout ce qu&apos;a dit %1…</translation>
    </message>
    <message>
        <source>Orphaned highlights</source>
        <translation>Surlignages orphelins</translation>
    </message>
    <message>
        <source>Their text is no longer in this version of the article. Select new text, then right-click one and choose Re-attach.</source>
        <translation>Leur texte ne figure plus dans cette version de l&apos;article. Sélectionnez un nouveau texte, puis faites un clic droit sur l&apos;un d&apos;eux et choisissez «&#xa0;Rattacher à la sélection&#xa0;».</translation>
    </message>
    <message>
        <source>Re-attach to Selection</source>
        <translation>Rattacher à la sélection</translation>
    </message>
    <message>
        <source>Show in Article</source>
        <translation>Afficher dans l&apos;article</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copier en Markdown</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Articles Tagged “%1”</source>
        <translation>Articles étiquetés «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename Tag…</source>
        <translation>Renommer l&apos;étiquette…</translation>
    </message>
    <message>
        <source>Edit Article Tags…</source>
        <translation>Modifier les étiquettes de l&apos;article…</translation>
    </message>
    <message>
        <source>Anonymous source</source>
        <translation>Source anonyme</translation>
    </message>
    <message>
        <source>%1 (also: %2)</source>
        <translation>%1 (aussi&#xa0;: %2)</translation>
    </message>
    <message>
        <source>suggested · %1</source>
        <translation>suggérée · %1</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::ExportDialog</name>
    <message>
        <source>All listed articles</source>
        <translation>Tous les articles de la liste</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <source>Preview of the first article:</source>
        <translation>Aperçu du premier article&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the previewed Markdown to the clipboard</source>
        <translation>Copier le Markdown de l&apos;aperçu dans le presse-papiers</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporter&#xa0;:</translation>
    </message>
    <message>
        <source>Default template</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Copy Default Template…</source>
        <translation>Copier le modèle par défaut…</translation>
    </message>
    <message>
        <source>Save the default template to a file you can edit, and use that file</source>
        <translation>Enregistrer le modèle par défaut dans un fichier modifiable, et utiliser ce fichier</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Highlights:</source>
        <translation>Surlignages&#xa0;:</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Keep only highlights with one of these tags, separated by commas</source>
        <translation>Ne garder que les surlignages portant l&apos;une de ces étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>With tags:</source>
        <translation>Avec les étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>None (text order)</source>
        <translation>Aucun (ordre du texte)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Regrouper par&#xa0;:</translation>
    </message>
    <message>
        <source>The file name, written with the template&apos;s variables, for example {{ published_date }} {{ title }}; &quot;.md&quot; is added</source>
        <translation>Le nom du fichier, écrit avec les variables du modèle, par exemple {{ published_date }} {{ title }}&#xa0;; «&#xa0;.md&#xa0;» est ajouté</translation>
    </message>
    <message>
        <source>File names:</source>
        <translation>Noms de fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>This article: %1</source>
        <translation>Cet article&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n article(s))</source>
        <translation>
            <numerusform>%1 (%n article)</numerusform>
            <numerusform>%1 (%n articles)</numerusform>
        </translation>
    </message>
    <message>
        <source>The template has an error on line %1:
%2</source>
        <translation>Le modèle contient une erreur à la ligne %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>The template has an error:
%1</source>
        <translation>Le modèle contient une erreur&#xa0;:
%1</translation>
    </message>
    <message>
        <source>No article to export.</source>
        <translation>Aucun article à exporter.</translation>
    </message>
    <message>
        <source>Choose Export Template</source>
        <translation>Choisir le modèle d&apos;export</translation>
    </message>
    <message>
        <source>Templates (*.md *.txt *.html);;All files (*)</source>
        <translation>Modèles (*.md *.txt *.html);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Default Template</source>
        <translation>Enregistrer le modèle par défaut</translation>
    </message>
    <message>
        <source>Templates (*.md);;All files (*)</source>
        <translation>Modèles (*.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export To Folder</source>
        <translation>Exporter vers un dossier</translation>
    </message>
    <message>
        <source>Exporting notes…</source>
        <translation>Export des notes…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export en cours</translation>
    </message>
    <message>
        <source>Overwrite Your Edits?</source>
        <translation>Écraser vos modifications&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were changed by you inside the exported block. Overwrite them?</source>
        <translation>
            <numerusform>%n fichier a été modifié par vous dans le bloc exporté. L&apos;écraser&#xa0;?</numerusform>
            <numerusform>%n fichiers ont été modifiés par vous dans le bloc exporté. Les écraser&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Text you wrote outside the block is kept either way.</source>
        <translation>Le texte que vous avez écrit hors du bloc est conservé dans tous les cas.</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Article %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Inchangés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Conflicts kept: %1</source>
        <translation>Conflits (laissés tels quels)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Erreurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not exported (stopped): %1</source>
        <translation>Non exportés (arrêt)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export Finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Rechercher dans l&apos;article</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Résultat précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Résultat suivant (Entrée)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
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
        <translation>Note…</translation>
    </message>
    <message>
        <source>Write a note on this highlight (N)</source>
        <translation>Écrire une note sur ce surlignage (N)</translation>
    </message>
    <message>
        <source>Tags, comma separated</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this highlight (Del); Edit › Undo brings it back</source>
        <translation>Supprimer ce surlignage (Suppr)&#xa0;; Édition › Annuler le rétablit</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::ImportController</name>
    <message>
        <source>Saved articles (*.html *.htm *.xhtml *.mhtml *.mht *.txt *.md *.markdown);;All files (*)</source>
        <translation>Articles enregistrés (*.html *.htm *.xhtml *.mhtml *.mht *.txt *.md *.markdown);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <source>Import New Version</source>
        <translation>Importer une nouvelle version</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) processed.</source>
        <translation>
            <numerusform>%n fichier traité.</numerusform>
            <numerusform>%n fichiers traités.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be imported after the current import.</source>
        <translation>
            <numerusform>%n fichier sera importé après l&apos;import en cours.</numerusform>
            <numerusform>%n fichiers seront importés après l&apos;import en cours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>%n article importé.</numerusform>
            <numerusform>%n articles importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import annulé.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être importé.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported, but not all as saved.</source>
        <translation>
            <numerusform>%n fichier importé, mais pas entièrement tel qu&apos;il avait été enregistré.</numerusform>
            <numerusform>%n fichiers importés, mais pas tous tels qu&apos;ils avaient été enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported with a warning:</source>
        <translation>Importé avec un avertissement&#xa0;:</translation>
    </message>
    <message>
        <source>%1: not imported (cancelled).</source>
        <translation>%1&#xa0;: non importé (annulé).</translation>
    </message>
    <message>
        <source>%1: imported as a new article.</source>
        <translation>%1&#xa0;: importé comme nouvel article.</translation>
    </message>
    <message>
        <source>%1: already in the library, unchanged.</source>
        <translation>%1&#xa0;: déjà dans la bibliothèque, inchangé.</translation>
    </message>
    <message>
        <source>%1: no earlier version in the library; imported as a new article.</source>
        <translation>%1&#xa0;: aucune version antérieure dans la bibliothèque&#xa0;; importé comme nouvel article.</translation>
    </message>
    <message>
        <source>%1: “%2” updated; highlights: %3 in place, %4 moved, %5 matched approximately, %6 orphaned (kept).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» mis à jour&#xa0;; surlignages&#xa0;: %3 en place, %4 déplacés, %5 rattachés approximativement, %6 orphelins (conservés).</translation>
    </message>
    <message>
        <source>Replace “%1”</source>
        <translation>Remplacer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Import it as a new article</source>
        <translation>L&apos;importer comme nouvel article</translation>
    </message>
    <message>
        <source>Which article is %1 a new version of? It has no web address that says so, and articles from files of the same name are in the library.</source>
        <translation>De quel article %1 est-il une nouvelle version&#xa0;? Il n&apos;indique aucune adresse web qui le dise, et la bibliothèque contient des articles issus de fichiers du même nom.</translation>
    </message>
    <message>
        <source>Import from URL</source>
        <translation>Importer depuis une URL</translation>
    </message>
    <message>
        <source>Web address of the article (several separated by spaces). The page and its images are fetched once; the article then reads offline.</source>
        <translation>Adresse web de l&apos;article (plusieurs, séparées par des espaces). La page et ses images sont téléchargées une fois&#xa0;; l&apos;article se lit ensuite hors ligne.</translation>
    </message>
    <message>
        <source>Not a web address (only http:// and https:// addresses can be imported): %1</source>
        <translation>Ce n&apos;est pas une adresse web (seules les adresses http:// et https:// peuvent être importées)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fetching %1… (%L2 of %L3 KB)</source>
        <translation>Téléchargement de %1… (%L2 sur %L3 Ko)</translation>
    </message>
    <message>
        <source>Fetching %1… (%L2 KB)</source>
        <translation>Téléchargement de %1… (%L2 Ko)</translation>
    </message>
    <message>
        <source>Import Reading List</source>
        <translation>Importer une liste de lecture</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n link(s) from %1…</source>
        <translation>
            <numerusform>Importation de %n lien depuis %1…</numerusform>
            <numerusform>Importation de %n liens depuis %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Pocket, Instapaper or Omnivore export (*.html *.htm *.csv *.zip);;All files (*)</source>
        <translation>Export de Pocket, d&apos;Instapaper ou d&apos;Omnivore (*.html *.htm *.csv *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n&apos;a été importé. %1</translation>
    </message>
    <message>
        <source>Wait for the current import to finish, then try again.</source>
        <translation>Attendez la fin de l&apos;importation en cours, puis réessayez.</translation>
    </message>
    <message>
        <source>Importing the Omnivore export…</source>
        <translation>Importation de l&apos;export d&apos;Omnivore…</translation>
    </message>
    <message>
        <source>%1: its page is not in the export; imported from its highlights</source>
        <translation>%1 : sa page n&apos;est pas dans l&apos;export ; importé à partir de ses surlignages</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>%n article importé.</numerusform>
            <numerusform>%n articles importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) could not be imported.</source>
        <translation>
            <numerusform>%n article n&apos;a pas pu être importé.</numerusform>
            <numerusform>%n articles n&apos;ont pas pu être importés.</numerusform>
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
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>This library is read-only: %1 cannot be written by you. You can read and search it; highlights, notes, tags and imports cannot be saved.</source>
        <translation>Cette bibliothèque est en lecture seule&#xa0;: vous ne pouvez pas écrire dans %1. Vous pouvez la lire et y chercher&#xa0;; surlignages, notes, étiquettes et imports ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <source>The library is damaged; nothing more is saved to it. Restore it from a backup (File › Restore from Backup…).</source>
        <translation>La bibliothèque est endommagée&#xa0;; plus rien n&apos;y est enregistré. Restaurez-la à partir d&apos;une sauvegarde (Fichier › Restaurer une sauvegarde…).</translation>
    </message>
    <message>
        <source>The library is read-only.</source>
        <translation>La bibliothèque est en lecture seule.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This library is damaged:&lt;/b&gt; part of it cannot be read. Nothing more is saved to it, so nothing gets worse. Restore the newest good backup to go on; the damaged file is kept beside it.</source>
        <translation>&lt;b&gt;Cette bibliothèque est endommagée&#xa0;:&lt;/b&gt; une partie ne peut pas être lue. Plus rien n&apos;y est enregistré, pour que rien ne s&apos;aggrave. Restaurez la sauvegarde intacte la plus récente pour continuer&#xa0;; le fichier endommagé est conservé à côté.</translation>
    </message>
    <message>
        <source>Backing up the library…</source>
        <translation>Sauvegarde de la bibliothèque…</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>The library is backed up.</source>
        <translation>La bibliothèque est sauvegardée.</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>La sauvegarde quotidienne a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>There is no backup of this library yet (they are kept in %1).</source>
        <translation>Il n&apos;existe encore aucune sauvegarde de cette bibliothèque (elles sont conservées dans %1).</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of the library. What changed since that backup is lost; the library as it is now is kept beside it.</source>
        <translation>Choisissez la sauvegarde à mettre à la place de la bibliothèque. Ce qui a changé depuis cette sauvegarde est perdu&#xa0;; la bibliothèque dans son état actuel est conservée à côté.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Checking the backup and restoring the library…</source>
        <translation>Vérification de la sauvegarde et restauration de la bibliothèque…</translation>
    </message>
    <message>
        <source>The library is restored. Quoteshelf closes now; start it again to open it.</source>
        <translation>La bibliothèque est restaurée. Quoteshelf se ferme maintenant&#xa0;; relancez-le pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The library is restored from the backup.</source>
        <translation>La bibliothèque a été restaurée à partir de la sauvegarde.</translation>
    </message>
    <message>
        <source>Move Library</source>
        <translation>Déplacer la bibliothèque</translation>
    </message>
    <message>
        <source>The library is being backed up; try again when that is done.</source>
        <translation>La bibliothèque est en cours de sauvegarde&#xa0;; réessayez une fois celle-ci terminée.</translation>
    </message>
    <message>
        <source>Move Library To</source>
        <translation>Déplacer la bibliothèque vers</translation>
    </message>
    <message>
        <source>Copy the library and its backups to %1 and restart Quoteshelf with it?

The copy is checked before Quoteshelf switches to it. The library in %2 stays as it is; delete it when you are sure.</source>
        <translation>Copier la bibliothèque et ses sauvegardes dans %1 et redémarrer Quoteshelf avec elle&#xa0;?

La copie est vérifiée avant que Quoteshelf ne l’utilise. La bibliothèque de %2 reste telle quelle&#xa0;; supprimez-la quand vous en êtes sûr.</translation>
    </message>
    <message>
        <source>Copying the library to %1…</source>
        <translation>Copie de la bibliothèque vers %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The library was not moved. %1</source>
        <translation>La bibliothèque n&apos;a pas été déplacée. %1</translation>
    </message>
    <message>
        <source>The library is now in %1.</source>
        <translation>La bibliothèque se trouve maintenant dans %1.</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::LibraryItemDelegate</name>
    <message>
        <source>Added %1</source>
        <translation>Ajouté le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n surlignage</numerusform>
            <numerusform>%n surlignages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::LibraryPanel</name>
    <message>
        <source>Which articles to list</source>
        <translation>Articles à afficher</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>With highlights</source>
        <translation>Avec surlignages</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivés</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Trier</translation>
    </message>
    <message>
        <source>Sort the library</source>
        <translation>Trier la bibliothèque</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Date d&apos;ajout</translation>
    </message>
    <message>
        <source>Date published</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Show all articles again</source>
        <translation>Afficher de nouveau tous les articles</translation>
    </message>
    <message>
        <source>Articles in the library</source>
        <translation>Articles de la bibliothèque</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>The list of articles cannot be read: the library is damaged.</source>
        <translation>La liste des articles ne peut pas être lue&#xa0;: la bibliothèque est endommagée.</translation>
    </message>
    <message>
        <source>Your library is empty.

Import an article with File › Import or drop a file here.</source>
        <translation>Votre bibliothèque est vide.

Importez un article avec Fichier › Importer ou déposez un fichier ici.</translation>
    </message>
    <message>
        <source>No articles in this view.</source>
        <translation>Aucun article dans cette vue.</translation>
    </message>
    <message>
        <source>Highlight: %1</source>
        <translation>Surlignage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing in the library matches “%1”.</source>
        <translation>Rien dans la bibliothèque ne correspond à «&#xa0;%1&#xa0;».</translation>
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
        <translation>Article</translation>
    </message>
    <message>
        <source>This link leads to another page of the site the article was saved from; it cannot be followed offline.</source>
        <translation>Ce lien mène à une autre page du site d&apos;où l&apos;article a été enregistré&#xa0;; il ne peut pas être suivi hors ligne.</translation>
    </message>
    <message>
        <source>Tagged “%1”</source>
        <translation>Étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Quoting %1</source>
        <translation>Citant %1</translation>
    </message>
    <message>
        <source>%1 — Quoteshelf</source>
        <translation>%1 — Quoteshelf</translation>
    </message>
    <message numerus="yes">
        <source>Search results (%n)</source>
        <translation>
            <numerusform>Résultats de recherche (%n)</numerusform>
            <numerusform>Résultats de recherche (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All articles in the list (%n)</source>
        <translation>
            <numerusform>Tous les articles de la liste (%n)</numerusform>
            <numerusform>Tous les articles de la liste (%n)</numerusform>
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
            <numerusform> · %n surlignage dans cet article</numerusform>
            <numerusform> · %n surlignages dans cet article</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n quote(s)</source>
        <translation>
            <numerusform> · %n citation</numerusform>
            <numerusform> · %n citations</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation>Marquer comme non lu</translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Archive article</source>
        <translation>Archiver l&apos;article</translation>
    </message>
    <message>
        <source>Unarchive article</source>
        <translation>Désarchiver l&apos;article</translation>
    </message>
    <message>
        <source>Delete Article</source>
        <translation>Supprimer l&apos;article</translation>
    </message>
    <message>
        <source>Delete “%1” with its highlights and notes?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» avec ses surlignages et ses notes&#xa0;?</translation>
    </message>
    <message>
        <source>You can undo this until you close Quoteshelf.</source>
        <translation>Vous pouvez annuler cette action jusqu&apos;à la fermeture de Quoteshelf.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Supprimer l&apos;article</translation>
    </message>
    <message>
        <source>Wrong Speaker</source>
        <translation>Mauvais locuteur</translation>
    </message>
    <message>
        <source>Who said this?</source>
        <translation>Qui a dit cela&#xa0;?</translation>
    </message>
    <message>
        <source>Who said “%1”?</source>
        <translation>Qui a dit «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Open this link in your web browser?

%1</source>
        <translation>Ouvrir ce lien dans votre navigateur web&#xa0;?

%1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>These files cannot be imported. %1</source>
        <translation>Ces fichiers ne peuvent pas être importés. %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import saved articles (HTML, MHTML, text, Markdown)</source>
        <translation>Importer des articles enregistrés (HTML, MHTML, texte, Markdown)</translation>
    </message>
    <message>
        <source>Import &amp;New Version…</source>
        <translation>Importer une &amp;nouvelle version…</translation>
    </message>
    <message>
        <source>Update articles from new versions of their files, keeping highlights anchored</source>
        <translation>Mettre à jour des articles à partir de nouvelles versions de leurs fichiers, en gardant les surlignages ancrés</translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>&amp;Exporter les notes…</translation>
    </message>
    <message>
        <source>Export highlights, notes and quotes as Markdown</source>
        <translation>Exporter surlignages, notes et citations en Markdown</translation>
    </message>
    <message>
        <source>&amp;Back Up Library Now</source>
        <translation>&amp;Sauvegarder la bibliothèque maintenant</translation>
    </message>
    <message>
        <source>Make a checked copy of the library now (one is made every day)</source>
        <translation>Faire maintenant une copie vérifiée de la bibliothèque (une copie est faite chaque jour)</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Put a backup in place of the library</source>
        <translation>Mettre une sauvegarde à la place de la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Re&amp;chercher dans l&apos;article…</translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation>Chercher dans la &amp;bibliothèque</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation>Afficher la &amp;bibliothèque</translation>
    </message>
    <message>
        <source>Show &amp;Panels</source>
        <translation>Afficher les &amp;panneaux</translation>
    </message>
    <message>
        <source>&amp;Distraction-Free Reading</source>
        <translation>Lecture sans &amp;distraction</translation>
    </message>
    <message>
        <source>Only the article, on the whole screen (F11 or Esc to come back)</source>
        <translation>Seulement l&apos;article, en plein écran (F11 ou Échap pour revenir)</translation>
    </message>
    <message>
        <source>&amp;Caret Browsing</source>
        <translation>Navigation au &amp;curseur</translation>
    </message>
    <message>
        <source>Move through the article with a text cursor; Shift+arrows select (F7)</source>
        <translation>Parcourir l&apos;article avec un curseur de texte&#xa0;; Maj+flèches sélectionne (F7)</translation>
    </message>
    <message>
        <source>&amp;Notebook</source>
        <translation>Car&amp;net</translation>
    </message>
    <message>
        <source>Every highlight, note and tagged quote in the library</source>
        <translation>Tous les surlignages, notes et citations étiquetées de la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Speakers</source>
        <translation>&amp;Locuteurs</translation>
    </message>
    <message>
        <source>Everyone quoted across the library, with what they said</source>
        <translation>Toutes les personnes citées dans la bibliothèque, avec ce qu&apos;elles ont dit</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Texte plus pe&amp;tit</translation>
    </message>
    <message>
        <source>&amp;Default Text Size</source>
        <translation>Taille de texte par déf&amp;aut</translation>
    </message>
    <message>
        <source>Reader &amp;Theme</source>
        <translation>Thè&amp;me de lecture</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Sepia</source>
        <translation>Sépi&amp;a</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rticle</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>Su&amp;rligner la sélection</translation>
    </message>
    <message>
        <source>Article &amp;Note…</source>
        <translation>N&amp;ote de l&apos;article…</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>É&amp;tiquettes…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>Article &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>Article &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Quoteshelf</source>
        <translation>À &amp;propos de Quoteshelf</translation>
    </message>
    <message>
        <source>About Quoteshelf</source>
        <translation>À propos de Quoteshelf</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quoteshelf %1&lt;/h3&gt;&lt;p&gt;Read saved news articles offline and work with what people said in them.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Credits.&lt;/b&gt; The word frequencies the tag suggestions rank against come from SCOWL (Spell Checker Oriented Word Lists) by Kevin Atkinson and the lists it builds on. First names for telling he from she come from the US Social Security baby-name counts and Faker&apos;s name lists.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt; Qt %2 (running on %3), KDE Frameworks %4, SQLite %5 and gumbo %6.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quoteshelf %1&lt;/h3&gt;&lt;p&gt;Lisez hors ligne des articles de presse enregistrés et travaillez sur ce que les personnes y ont dit.&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Remerciements.&lt;/b&gt; Les fréquences de mots auxquelles se mesurent les suggestions d&apos;étiquettes viennent de SCOWL (Spell Checker Oriented Word Lists) de Kevin Atkinson et des listes sur lesquelles il s&apos;appuie. Les prénoms qui permettent de distinguer «&#xa0;il&#xa0;» de «&#xa0;elle&#xa0;» viennent des statistiques de prénoms de la Sécurité sociale américaine et des listes de noms de Faker.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Construit avec&lt;/b&gt; Qt %2 (exécuté sur %3), KDE Frameworks %4, SQLite %5 et gumbo %6.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Search library (Ctrl+K)</source>
        <translation>Chercher dans la bibliothèque (Ctrl+K)</translation>
    </message>
    <message>
        <source>Words match as prefixes; &quot;quotes&quot; for a phrase; filters: tag:, speaker:, site:</source>
        <translation>Les mots comptent comme débuts de mots&#xa0;; &quot;guillemets&quot; pour une expression&#xa0;; filtres&#xa0;: tag:, speaker:, site:</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Chercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Typeface, size, spacing and theme of the reader</source>
        <translation>Police, taille, interligne et thème de la lecture</translation>
    </message>
    <message>
        <source>Reader settings</source>
        <translation>Réglages de lecture</translation>
    </message>
    <message>
        <source>The link %1 does not lead to anything in this library.</source>
        <translation>Le lien %1 ne mène à rien dans cette bibliothèque.</translation>
    </message>
    <message>
        <source>The article you were reading was deleted elsewhere.</source>
        <translation>L&apos;article que vous lisiez a été supprimé ailleurs.</translation>
    </message>
    <message>
        <source>A new version of this article was imported elsewhere.</source>
        <translation>Une nouvelle version de cet article a été importée ailleurs.</translation>
    </message>
    <message>
        <source>This library was opened with --library or QUOTESHELF_LIBRARY: move its folder yourself and name the new place the same way.</source>
        <translation>Cette bibliothèque a été ouverte avec --library ou QUOTESHELF_LIBRARY&#xa0;: déplacez vous-même son dossier et indiquez le nouvel emplacement de la même façon.</translation>
    </message>
    <message>
        <source>Import from &amp;URL…</source>
        <translation>Importer depuis une &amp;URL…</translation>
    </message>
    <message>
        <source>Save an article from the web: the page and its images are fetched once, then read offline</source>
        <translation>Enregistrer un article du web&#xa0;: la page et ses images sont téléchargées une fois, puis lues hors ligne</translation>
    </message>
    <message>
        <source>Import Reading &amp;List…</source>
        <translation>Importer une &amp;liste de lecture…</translation>
    </message>
    <message>
        <source>Import the links of a Pocket or Instapaper export, with their tags</source>
        <translation>Importer les liens d&apos;un export de Pocket ou d&apos;Instapaper, avec leurs étiquettes</translation>
    </message>
    <message>
        <source>Export &amp;Annotations…</source>
        <translation>Exporter les &amp;annotations…</translation>
    </message>
    <message>
        <source>Save every highlight, note and tag as W3C Web Annotations (JSON-LD)</source>
        <translation>Enregistrer tous les surlignages, notes et étiquettes en W3C Web Annotations (JSON-LD)</translation>
    </message>
    <message>
        <source>Import Anno&amp;tations…</source>
        <translation>Importer des anno&amp;tations…</translation>
    </message>
    <message>
        <source>Attach W3C Web Annotations or a Hypothesis export to the articles they were made on</source>
        <translation>Rattacher des W3C Web Annotations ou un export Hypothesis aux articles sur lesquels elles ont été faites</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Exporter les annotations</translation>
    </message>
    <message>
        <source>Quoteshelf annotations.jsonld</source>
        <translation>Annotations Quoteshelf.jsonld</translation>
    </message>
    <message>
        <source>Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotations (*.jsonld *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not export the annotations to %1: %2</source>
        <translation>Impossible d&apos;exporter les annotations vers %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to %1</source>
        <translation>
            <numerusform>%n annotation exportée vers %1</numerusform>
            <numerusform>%n annotations exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>Web Annotations and Hypothesis exports (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotations et exports Hypothesis (*.jsonld *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n&apos;a été importé. %1</translation>
    </message>
    <message>
        <source>Annotations from %1: %2 imported, %3 already present, %4 orphaned, %5 for articles not in the library</source>
        <translation>Annotations de %1&#xa0;: %2 importées, %3 déjà présentes, %4 orphelines, %5 pour des articles absents de la bibliothèque</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::NoteEditor</name>
    <message>
        <source>Write in Markdown: **bold**, _italic_, lists, links…</source>
        <translation>Écrivez en Markdown&#xa0;: **gras**, _italique_, listes, liens…</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Enregistré au fil de la frappe.</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::NotebookWindow</name>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>no longer found in the article</source>
        <translation>introuvable dans l&apos;article</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the selected entries (or all) as a Markdown file</source>
        <translation>Enregistrer les entrées sélectionnées (ou toutes) dans un fichier Markdown</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copier en Markdown</translation>
    </message>
    <message>
        <source>Copy the selected entries (or all) as Markdown (Ctrl+C)</source>
        <translation>Copier les entrées sélectionnées (ou toutes) en Markdown (Ctrl+C)</translation>
    </message>
    <message>
        <source>Open in Article</source>
        <translation>Ouvrir dans l&apos;article</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <source>Search highlights, notes and quotes (Ctrl+F)</source>
        <translation>Chercher dans les surlignages, notes et citations (Ctrl+F)</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Les plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <source>By article</source>
        <translation>Par article</translation>
    </message>
    <message>
        <source>By colour</source>
        <translation>Par couleur</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>T&amp;ri&#xa0;:</translation>
    </message>
    <message>
        <source>Only “%1” highlights</source>
        <translation>Seulement les surlignages «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>&amp;Locuteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>&amp;Article&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>A&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionnée</numerusform>
            <numerusform>%n sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches these filters.

Clear the search or pick “Any” to see more.</source>
        <translation>Rien ne correspond à ces filtres.

Effacez la recherche ou choisissez «&#xa0;Tous&#xa0;» pour en voir davantage.</translation>
    </message>
    <message>
        <source>Your notebook is empty.

Select text in an article to highlight it (keys 1–5 pick a colour), or tag a quote in the Quotes panel: every highlight, note and tagged quote of your library gathers here.</source>
        <translation>Votre carnet est vide.

Sélectionnez du texte dans un article pour le surligner (les touches 1 à 5 choisissent une couleur), ou étiquetez une citation dans le panneau Citations&#xa0;: tous les surlignages, notes et citations étiquetées de votre bibliothèque se retrouvent ici.</translation>
    </message>
    <message>
        <source>open in Quoteshelf</source>
        <translation>ouvrir dans Quoteshelf</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n entries as Markdown</source>
        <translation>
            <numerusform>%n entrée copiée en Markdown</numerusform>
            <numerusform>%n entrées copiées en Markdown</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied every entry shown as Markdown</source>
        <translation>Toutes les entrées affichées ont été copiées en Markdown</translation>
    </message>
    <message>
        <source>Export Notebook</source>
        <translation>Exporter le carnet</translation>
    </message>
    <message>
        <source>Notebook.md</source>
        <translation>Carnet.md</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::ReaderSettingsWidget</name>
    <message>
        <source>Typeface</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Serif</translation>
    </message>
    <message>
        <source>Sans</source>
        <translation>Sans serif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>Interligne</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sépia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::ReaderView</name>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Surligner</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Highlight colours</source>
        <translation>Couleurs de surlignage</translation>
    </message>
    <message>
        <source>Name each colour for what you use it for. The names appear in the highlight popup, the panels, the notebook and exported notes.</source>
        <translation>Nommez chaque couleur selon l&apos;usage que vous en faites. Les noms apparaissent dans la fenêtre de surlignage, les panneaux, le carnet et les notes exportées.</translation>
    </message>
    <message>
        <source>Name of highlight colour %1</source>
        <translation>Nom de la couleur de surlignage %1</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Touche %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Ask before opening a link in the web browser</source>
        <translation>Demander avant d&apos;ouvrir un lien dans le navigateur web</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> sauvegardes</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Sauvegardes conservées</translation>
    </message>
    <message>
        <source>Keep the newest:</source>
        <translation>Garder les plus récentes&#xa0;:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Move Library…</source>
        <translation>&amp;Déplacer la bibliothèque…</translation>
    </message>
    <message>
        <source>Copies the library and its backups to another folder, checks the copy and restarts Quoteshelf with it. The library stays where it is until you delete it.</source>
        <translation>Copie la bibliothèque et ses sauvegardes dans un autre dossier, vérifie la copie et redémarre Quoteshelf avec elle. La bibliothèque reste à sa place jusqu’à ce que vous la supprimiez.</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Find a command or a key</source>
        <translation>Chercher une commande ou une touche</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Chercher un raccourci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Selection › Highlight in colour 1–5 (Important, Evidence, Context, Question, Quote)</source>
        <translation>Sélection › Surligner dans la couleur 1 à 5 (Important, Preuve, Contexte, Question, Citation)</translation>
    </message>
    <message>
        <source>Selection › Extend it (caret browsing or popup open)</source>
        <translation>Sélection › L&apos;étendre (navigation au curseur ou fenêtre de surlignage ouverte)</translation>
    </message>
    <message>
        <source>Shift+Arrows</source>
        <translation>Maj+flèches</translation>
    </message>
    <message>
        <source>Highlight popup › Close</source>
        <translation>Fenêtre de surlignage › Fermer</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Distraction-Free Reading › Leave</source>
        <translation>Lecture sans distraction › Quitter</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::SpeakerListModel</name>
    <message>
        <source>anonymous source</source>
        <translation>source anonyme</translation>
    </message>
    <message>
        <source>%1 (also: %2)</source>
        <translation>%1 (aussi&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
</context>
<context>
    <name>Quoteshelf::Ui::SpeakersWindow</name>
    <message>
        <source>Speakers</source>
        <translation>Locuteurs</translation>
    </message>
    <message>
        <source>Find a speaker or role (Ctrl+F)</source>
        <translation>Chercher un locuteur ou une fonction (Ctrl+F)</translation>
    </message>
    <message>
        <source>No one is quoted in your library yet.

Import articles with File › Import: the people they quote gather here, with everything they said.</source>
        <translation>Personne n&apos;est encore cité dans votre bibliothèque.

Importez des articles avec Fichier › Importer&#xa0;: les personnes qu&apos;ils citent se retrouvent ici, avec tout ce qu&apos;elles ont dit.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to read the quote in its article</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour lire la citation dans son article</translation>
    </message>
    <message>
        <source>Select a speaker to read everything they said across your library.

Double-click a quote to open its article at that passage.</source>
        <translation>Sélectionnez un locuteur pour lire tout ce qu&apos;il a dit dans votre bibliothèque.

Double-cliquez sur une citation pour ouvrir son article à ce passage.</translation>
    </message>
    <message>
        <source>Anonymous source</source>
        <translation>Source anonyme</translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n articles</source>
        <translation>
            <numerusform>dans %n article</numerusform>
            <numerusform>dans %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>also “%1”</source>
        <translation>aussi «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>paraphrased · %1</source>
        <translation>paraphrasée · %1</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lecture</numerusform>
            <numerusform>%n min de lecture</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>import --replace needs at least one file</source>
        <translation>import --replace demande au moins un fichier</translation>
    </message>
    <message>
        <source>import --replace --article ID takes exactly one file</source>
        <translation>import --replace --article ID prend exactement un fichier</translation>
    </message>
    <message>
        <source>%1: nothing was changed; to replace one of them: import --replace --article ID FILE; to add the file as a new article: import FILE</source>
        <translation>%1&#xa0;: rien n&apos;a été modifié&#xa0;; pour remplacer l&apos;un d&apos;eux&#xa0;: import --replace --article ID FICHIER&#xa0;; pour ajouter le fichier comme nouvel article&#xa0;: import FICHIER</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1&#xa0;: avertissement&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: replaced article %2; highlights: %3 stayed, %4 moved, %5 fuzzy-matched, %6 orphaned</source>
        <translation>%1&#xa0;: article %2 remplacé&#xa0;; surlignages&#xa0;: %3 en place, %4 déplacés, %5 rattachés approximativement, %6 orphelins</translation>
    </message>
    <message>
        <source>%1: no article from this source yet; imported as new</source>
        <translation>%1&#xa0;: aucun article de cette source pour l&apos;instant&#xa0;; importé comme nouvel article</translation>
    </message>
    <message>
        <source>highlight needs --text &quot;exact words&quot;</source>
        <translation>highlight demande --text &quot;mots exacts&quot;</translation>
    </message>
    <message>
        <source>unknown colour &apos;%1&apos; (%2)</source>
        <translation>couleur inconnue &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>no article %1 in the library</source>
        <translation>aucun article %1 dans la bibliothèque</translation>
    </message>
    <message>
        <source>article %1 does not contain &quot;%2&quot;</source>
        <translation>l&apos;article %1 ne contient pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>could not save the highlight</source>
        <translation>le surlignage n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>extract takes exactly one file</source>
        <translation>extract prend exactement un fichier</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (json or text)</source>
        <translation>format inconnu &apos;%1&apos; (json ou text)</translation>
    </message>
    <message>
        <source>%1: already in the library as article %2; not imported again</source>
        <translation>%1&#xa0;: déjà dans la bibliothèque comme article %2&#xa0;; pas importé de nouveau</translation>
    </message>
    <message>
        <source>search needs a query</source>
        <translation>search demande une requête</translation>
    </message>
    <message>
        <source>usage: export ID|--all [--template FILE] [--out DIR|-] [--overwrite] [--colour C]... [--tag T]... [--group-by none|colour|speaker]</source>
        <translation>usage&#xa0;: export ID|--all [--template FICHIER] [--out DOSSIER|-] [--overwrite] [--colour C]... [--tag E]... [--group-by none|colour|speaker]</translation>
    </message>
    <message>
        <source>unknown grouping &apos;%1&apos; (none, colour or speaker)</source>
        <translation>regroupement inconnu &apos;%1&apos; (none, colour ou speaker)</translation>
    </message>
    <message>
        <source>article %1: %2</source>
        <translation>article %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>article %1</translation>
    </message>
    <message>
        <source>%1: %2; kept as it is (use --overwrite to replace it)</source>
        <translation>%1&#xa0;: %2&#xa0;; laissé tel quel (utilisez --overwrite pour le remplacer)</translation>
    </message>
    <message>
        <source>--out needs a folder, or - for standard output</source>
        <translation>--out demande un dossier, ou - pour la sortie standard</translation>
    </message>
    <message>
        <source>usage: copy ID</source>
        <translation>usage&#xa0;: copy ID</translation>
    </message>
    <message>
        <source>cannot load the export module: %1</source>
        <translation>impossible de charger le module d&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <source>the export module %1 belongs to another version of Quoteshelf</source>
        <translation>le module d&apos;export %1 appartient à une autre version de Quoteshelf</translation>
    </message>
    <message>
        <source>the export module %1 lacks %2</source>
        <translation>il manque %2 au module d&apos;export %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>there is no library at %1</source>
        <translation>il n&apos;y a pas de bibliothèque dans %1</translation>
    </message>
    <message>
        <source>full-text index %1: %2</source>
        <translation>index plein texte %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: ok (integrity and %2 full-text indexes checked)</source>
        <translation>%1&#xa0;: ok (intégrité et %2 index plein texte vérifiés)</translation>
    </message>
    <message>
        <source>usage: restore [BACKUP-FILE]</source>
        <translation>usage&#xa0;: restore [FICHIER-DE-SAUVEGARDE]</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>%1 restaurée à partir de %2</translation>
    </message>
    <message>
        <source>The library in %1 is damaged (%2): nothing more was written to it. `quoteshelf-cli check` shows the damage; `quoteshelf-cli restore` puts the newest good backup in its place.</source>
        <translation>La bibliothèque de %1 est endommagée (%2)&#xa0;: plus rien n&apos;y a été écrit. `quoteshelf-cli check` montre les dégâts&#xa0;; `quoteshelf-cli restore` met à sa place la sauvegarde intacte la plus récente.</translation>
    </message>
    <message>
        <source>Use the library in &lt;dir&gt; (default: $QUOTESHELF_LIBRARY or the user&apos;s data folder).</source>
        <translation>Utiliser la bibliothèque de &lt;dir&gt; (par défaut&#xa0;: $QUOTESHELF_LIBRARY ou le dossier de données de l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>Output format of extract: json (default) or text.</source>
        <translation>Format de sortie d&apos;extract&#xa0;: json (par défaut) ou text.</translation>
    </message>
    <message>
        <source>import: update the article from the same source in place.</source>
        <translation>import&#xa0;: mettre à jour sur place l&apos;article de la même source.</translation>
    </message>
    <message>
        <source>import --replace: the article to replace.</source>
        <translation>import --replace&#xa0;: l&apos;article à remplacer.</translation>
    </message>
    <message>
        <source>highlight: the exact words to highlight.</source>
        <translation>highlight&#xa0;: les mots exacts à surligner.</translation>
    </message>
    <message>
        <source>highlight: yellow (default), green, blue, pink or purple.</source>
        <translation>highlight&#xa0;: yellow (par défaut), green, blue, pink ou purple.</translation>
    </message>
    <message>
        <source>highlight: a note (Markdown).</source>
        <translation>highlight&#xa0;: une note (Markdown).</translation>
    </message>
    <message>
        <source>highlight: a tag; export: keep only highlights with this tag. Repeat for several.</source>
        <translation>highlight&#xa0;: une étiquette&#xa0;; export&#xa0;: ne garder que les surlignages portant cette étiquette. À répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>export: every article in the library.</source>
        <translation>export&#xa0;: tous les articles de la bibliothèque.</translation>
    </message>
    <message>
        <source>export: the template file (default: the built-in template).</source>
        <translation>export&#xa0;: le fichier de modèle (par défaut&#xa0;: le modèle intégré).</translation>
    </message>
    <message>
        <source>export: replace exported blocks you edited instead of reporting a conflict.</source>
        <translation>export&#xa0;: remplacer les blocs exportés que vous avez modifiés au lieu de signaler un conflit.</translation>
    </message>
    <message>
        <source>export: keep only highlights of this colour; repeat for several.</source>
        <translation>export&#xa0;: ne garder que les surlignages de cette couleur&#xa0;; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>export: group highlights by none (default), colour or speaker.</source>
        <translation>export&#xa0;: regrouper les surlignages par none (par défaut), colour ou speaker.</translation>
    </message>
    <message>
        <source>Arguments of the command.</source>
        <translation>Arguments de la commande.</translation>
    </message>
    <message>
        <source>--article goes with import --replace</source>
        <translation>--article va avec import --replace</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see --help</source>
        <translation>commande inconnue &apos;%1&apos;&#xa0;; voir --help</translation>
    </message>
    <message>
        <source>import needs at least one file or web address</source>
        <translation>import demande au moins un fichier ou une adresse web</translation>
    </message>
    <message>
        <source>%1: a %2 list of %3 links</source>
        <translation>%1&#xa0;: une liste %2 de %3 liens</translation>
    </message>
    <message>
        <source>%1 of %2 links imported</source>
        <translation>%1 liens importés sur %2</translation>
    </message>
    <message>
        <source>not imported:</source>
        <translation>non importés&#xa0;:</translation>
    </message>
    <message>
        <source>usage: annotations export ARTICLE-ID|--all [--out FILE] | annotations import FILE</source>
        <translation>usage&#xa0;: annotations export ID-ARTICLE|--all [--out FICHIER] | annotations import FICHIER</translation>
    </message>
    <message>
        <source>could not read the highlights: %1</source>
        <translation>impossible de lire les surlignages&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: could not write the file: %2</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le fichier&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) exported</source>
        <translation>
            <numerusform>%n annotation exportée</numerusform>
            <numerusform>%n annotations exportées</numerusform>
        </translation>
    </message>
    <message>
        <source>imported %1, already present %2, orphaned %3, no matching article %4, skipped %5</source>
        <translation>importées %1, déjà présentes %2, orphelines %3, sans article correspondant %4, ignorées %5</translation>
    </message>
    <message>
        <source>export: the folder to write to; annotations export: the file; - for standard output (default).</source>
        <translation>export&#xa0;: le dossier où écrire&#xa0;; annotations export&#xa0;: le fichier&#xa0;; - pour la sortie standard (par défaut).</translation>
    </message>
    <message>
        <source>extract, import, list, search, highlight, highlights, export, annotations or copy</source>
        <translation>extract, import, list, search, highlight, highlights, export, annotations ou copy</translation>
    </message>
    <message>
        <source>import-list takes exactly one file (a Pocket, Instapaper or Omnivore export)</source>
        <translation>import-list prend exactement un fichier (un export de Pocket, d&apos;Instapaper ou d&apos;Omnivore)</translation>
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
        <translation>Outil en ligne de commande de Quoteshelf.

Commandes&#xa0;:
  extract FILE [--format json|text]  afficher ce que Quoteshelf tire d&apos;un article enregistré (sans bibliothèque)
  import FILE|URL...                 importer des articles enregistrés dans la bibliothèque&#xa0;; affiche ID&lt;TAB&gt;TITLE par article.
                                     Une URL http(s) est téléchargée avec les images de son article, qui se lit
                                     ainsi hors ligne&#xa0;; l&apos;adresse après redirections est gardée comme sa source
                                     (QUOTESHELF_FETCH_TIMEOUT_MS&#xa0;: combien de temps attendre un serveur muet)
  import --replace FILE|URL...       mettre à jour sur place l&apos;article venu de la même source (l&apos;adresse web
                                     que la page indique, sinon le chemin complet du fichier)&#xa0;: même id,
                                     nouveau texte, surlignages réancrés (une ligne par fichier sur stderr
                                     dit combien sont restés, ont été déplacés, rattachés approximativement
                                     ou sont devenus orphelins&#xa0;; les orphelins sont conservés)&#xa0;; importe comme
                                     nouvel article si aucun article ne correspond. S&apos;il n&apos;est pas certain
                                     de savoir quel article le fichier remplace (plusieurs, ou seulement un
                                     fichier du même nom ailleurs), rien ne change&#xa0;: les candidats sont
                                     nommés et le code de sortie est 1
  import --replace --article ID FILE remplacer l&apos;article ID par FILE
  import-list FILE                   importer chaque lien d&apos;un export de Pocket (HTML ou CSV) ou d&apos;Instapaper (CSV)
                                     comme import URL, en gardant ses étiquettes et son état archivé&#xa0;; affiche
                                     ID&lt;TAB&gt;TITLE par article, la progression et les échecs sur stderr
  import-list OMNIVORE.zip|FOLDER [--fetch-missing]
                                      importer un export d&apos;Omnivore (le zip ou son dossier) : chaque page enregistrée
                                     avec ses libellés comme étiquettes, son état archivé, ses surlignages et ses notes
                                     (ancrés par citation, sinon gardés comme orphelins) ; une page absente de l&apos;export
                                     est faite de ses surlignages, ou récupérée avec --fetch-missing
  list                               lister les articles de la bibliothèque&#xa0;: ID&lt;TAB&gt;TITLE
  search QUERY...                    recherche plein texte&#xa0;: ID&lt;TAB&gt;TITLE&lt;TAB&gt;extrait par résultat&#xa0;; les mots
                                     valent comme débuts de mots, les &quot;expressions entre guillemets&quot; telles
                                     quelles, filtres tag:, speaker:, site:
  highlight ID --text WORDS [--color C] [--note N] [--tag T]...
                                     surligner la première occurrence de WORDS dans l&apos;article ID&#xa0;; affiche
                                     l&apos;id du surlignage. Couleurs&#xa0;: yellow (par défaut), green, blue, pink,
                                     purple
  highlights ID                      lister les surlignages de l&apos;article ID, les orphelins en dernier&#xa0;:
                                     ID&lt;TAB&gt;START&lt;TAB&gt;END&lt;TAB&gt;COLOUR&lt;TAB&gt;orphan?&lt;TAB&gt;TEXT&lt;TAB&gt;TAGS&lt;TAB&gt;NOTE
  export ID|--all [--template FILE] [--out DIR|-] [--overwrite] [--colour C]... [--tag T]...
         [--group-by none|colour|speaker]
                                     exporter l&apos;article ID (ou tous les articles) en Markdown à travers le
                                     modèle (par défaut&#xa0;: le modèle intégré). --out - (par défaut) affiche
                                     les fichiers&#xa0;; --out DIR y écrit ou met à jour un fichier par article,
                                     en gardant ce que vous avez écrit hors du bloc exporté, et affiche
                                     STATUS&lt;TAB&gt;PATH par fichier (written, updated, unchanged, conflict,
                                     error). Un bloc que vous avez modifié est un conflit (sortie 1), sauf
                                     avec --overwrite. Un modèle erroné affiche FILE:LINE: message et
                                     n&apos;écrit rien
  annotations export ID|--all [--out FILE]
                                     les surlignages, notes, étiquettes et couleurs de l&apos;article ID (ou de
                                     tous les articles) en un seul document W3C Web Annotation (JSON-LD)&#xa0;;
                                     --out - (par défaut) l&apos;affiche
  annotations import FILE            rattacher les annotations d&apos;un document W3C Web Annotation ou d&apos;un
                                     export Hypothesis aux articles des mêmes adresses web, ancrées par
                                     leur texte cité&#xa0;; affiche combien ont été importées, étaient déjà
                                     présentes, orphelines (citation introuvable, conservées), sans article
                                     correspondant ou ignorées (sans texte cité). Un fichier erroné ne
                                     change rien (sortie 1)
  copy ID                            afficher la note et les surlignages de l&apos;article ID en Markdown, comme
                                     Copier les met dans le presse-papiers
  check                              vérifier le fichier de la bibliothèque et ses index plein texte (sortie 1
                                     en cas de dégâts)
  backup                             faire maintenant une sauvegarde vérifiée (dans backups/ à côté de la
                                     bibliothèque)
  backups                            lister les sauvegardes&#xa0;: PATH&lt;TAB&gt;CREATED&lt;TAB&gt;BYTES, les plus récentes
                                     d&apos;abord
  restore [BACKUP]                   mettre une sauvegarde (par défaut&#xa0;: la plus récente intacte) à la place
                                     de la bibliothèque&#xa0;; la bibliothèque telle qu&apos;elle était est conservée
                                     à côté

Codes de sortie&#xa0;: 0 terminé, 1 échec, 2 erreur d&apos;utilisation, 3 la bibliothèque est endommagée (plus rien n&apos;est écrit).</translation>
    </message>
    <message>
        <source>import-list: fetch the pages an Omnivore export does not hold.</source>
        <translation>import-list : récupérer les pages qu&apos;un export d&apos;Omnivore ne contient pas.</translation>
    </message>
    <message>
        <source>%1: an Omnivore export of %2 articles</source>
        <translation>%1 : un export d&apos;Omnivore de %2 articles</translation>
    </message>
    <message>
        <source>%1: its page is not in the export; imported from its highlights (--fetch-missing fetches such pages)</source>
        <translation>%1 : sa page n&apos;est pas dans l&apos;export ; importé à partir de ses surlignages (--fetch-missing récupère ces pages)</translation>
    </message>
    <message>
        <source>%1 of %2 articles imported; highlights: %3 anchored, %4 orphaned, %5 already present (%6 ms)</source>
        <translation>%1 articles sur %2 importés ; surlignages : %3 ancrés, %4 orphelins, %5 déjà présents (%6 ms)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Read saved news articles offline and work with what people said in them.</source>
        <translation>Lisez hors ligne des articles de presse enregistrés et travaillez sur ce que les personnes y ont dit.</translation>
    </message>
    <message>
        <source>Use the library in &lt;dir&gt; (default: $QUOTESHELF_LIBRARY or the user&apos;s data folder).</source>
        <translation>Utiliser la bibliothèque de &lt;dir&gt; (par défaut&#xa0;: $QUOTESHELF_LIBRARY ou le dossier de données de l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once the article is shown, then quit.</source>
        <translation>Enregistrer une image de la fenêtre principale dans &lt;file&gt; une fois l&apos;article affiché, puis quitter.</translation>
    </message>
    <message>
        <source>Saved articles to import, or quoteshelf:// links to open.</source>
        <translation>Articles enregistrés à importer, ou liens quoteshelf:// à ouvrir.</translation>
    </message>
    <message>
        <source>Quoteshelf</source>
        <translation>Quoteshelf</translation>
    </message>
    <message>
        <source>Upgrading your library to this version of Quoteshelf…

A large library takes a few minutes. A copy of the library as it was is kept beside it.</source>
        <translation>Mise à niveau de votre bibliothèque vers cette version de Quoteshelf…

Une grande bibliothèque prend quelques minutes. Une copie de la bibliothèque telle qu&apos;elle était est conservée à côté.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1. Restore it? The damaged library is kept beside it.</source>
        <translation>La sauvegarde intacte la plus récente date du %1. La restaurer&#xa0;? La bibliothèque endommagée est conservée à côté.</translation>
    </message>
    <message>
        <source>&amp;Restore Backup</source>
        <translation>&amp;Restaurer la sauvegarde</translation>
    </message>
</context>
</TS>

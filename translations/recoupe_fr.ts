<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Basemap</name>
    <message>
        <source>Cannot prepare the basemap data in memory.</source>
        <translation>Impossible de préparer le fond de carte en mémoire.</translation>
    </message>
    <message>
        <source>Cannot read the basemap: %1</source>
        <translation>Impossible de lire le fond de carte : %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>No coordinates: the place is not on the map</source>
        <translation>Pas de coordonnées : le lieu n&apos;est pas sur la carte</translation>
    </message>
    <message>
        <source>swap longitude and latitude</source>
        <translation>inverser longitude et latitude</translation>
    </message>
    <message>
        <source>Longitude and latitude are swapped: %1, %2 is outside France, %2, %1 is in it</source>
        <translation>Longitude et latitude inversées : %1, %2 est hors de France, %2, %1 y est</translation>
    </message>
    <message>
        <source>Position %1, %2 is outside France and its overseas territories</source>
        <translation>La position %1, %2 est hors de France et de ses territoires d&apos;outre-mer</translation>
    </message>
    <message>
        <source>%1 places have exactly this position (one building, or a position of the commune)</source>
        <translation>%1 lieux ont exactement cette position (un même bâtiment, ou la position de la commune)</translation>
    </message>
    <message>
        <source>The postcode %1 is in département %2, the position in %3 (%4): one of them is wrong</source>
        <translation>Le code postal %1 est dans le département %2, la position dans le %3 (%4) : l&apos;un des deux est faux</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Pas de nom</translation>
    </message>
    <message>
        <source>The name holds a note on the place&apos;s state: “%1”</source>
        <translation>Le nom contient une note sur l&apos;état du lieu : « %1 »</translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation>nom : %1</translation>
    </message>
    <message>
        <source>The name looks cut short: “%1”</source>
        <translation>Le nom semble tronqué : « %1 »</translation>
    </message>
    <message>
        <source>%1 has broken accents (text decoded twice): “%2”</source>
        <translation>%1 a des accents cassés (texte décodé deux fois) : « %2 »</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>An e-mail address in %1, a public field: it may be personal data</source>
        <translation>Une adresse e-mail dans %1, un champ public : c&apos;est peut-être une donnée personnelle</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>facebook: %1, website emptied</source>
        <translation>facebook : %1, site web vidé</translation>
    </message>
    <message>
        <source>twitter: %1, website emptied</source>
        <translation>twitter : %1, site web vidé</translation>
    </message>
    <message>
        <source>The website is a social network page: %1</source>
        <translation>Le site web est une page de réseau social : %1</translation>
    </message>
    <message>
        <source>website: %1</source>
        <translation>site web : %1</translation>
    </message>
    <message>
        <source>The source gives an e-mail address as website (column %1)</source>
        <translation>La source donne une adresse e-mail comme site web (colonne %1)</translation>
    </message>
    <message>
        <source>Several addresses glued in one website value: “%1”</source>
        <translation>Plusieurs adresses collées dans un même site web : « %1 »</translation>
    </message>
    <message>
        <source>Text around the web address: “%1”</source>
        <translation>Du texte autour de l&apos;adresse web : « %1 »</translation>
    </message>
    <message>
        <source>Not a web address in column %1 (left out at import)</source>
        <translation>Pas une adresse web dans la colonne %1 (écartée à l&apos;import)</translation>
    </message>
    <message>
        <source>The web address has broken accents: “%1”</source>
        <translation>L&apos;adresse web a des accents cassés : « %1 »</translation>
    </message>
    <message>
        <source>A Facebook address in the Twitter column: %1</source>
        <translation>Une adresse Facebook dans la colonne Twitter : %1</translation>
    </message>
    <message>
        <source>facebook: %1</source>
        <translation>facebook : %1</translation>
    </message>
    <message>
        <source>Not a Twitter account: “%1”</source>
        <translation>Pas un compte Twitter : « %1 »</translation>
    </message>
    <message>
        <source>A Twitter address in the Facebook column: %1</source>
        <translation>Une adresse Twitter dans la colonne Facebook : %1</translation>
    </message>
    <message>
        <source>twitter: %1</source>
        <translation>twitter : %1</translation>
    </message>
    <message>
        <source>Not a Facebook page: “%1”</source>
        <translation>Pas une page Facebook : « %1 »</translation>
    </message>
    <message>
        <source>The source&apos;s social handle has broken accents (repaired at import): “%1”</source>
        <translation>Le compte social de la source a des accents cassés (réparés à l&apos;import) : « %1 »</translation>
    </message>
    <message>
        <source>The source gives postcode “%1”, a placeholder: the postcode is unknown</source>
        <translation>La source donne le code postal « %1 », un bouche-trou : le code postal est inconnu</translation>
    </message>
    <message>
        <source>The source&apos;s postcode %1 lost a zero: the position (in département %2) says %3, not 0%1</source>
        <translation>Le code postal %1 de la source a perdu un zéro : la position (dans le département %2) indique %3, pas 0%1</translation>
    </message>
    <message>
        <source>postcode: %1</source>
        <translation>code postal : %1</translation>
    </message>
    <message>
        <source>The source&apos;s postcode %1 lost its leading zero (0%1 kept)</source>
        <translation>Le code postal %1 de la source a perdu son zéro initial (0%1 retenu)</translation>
    </message>
    <message>
        <source>Geocoding precision %1 is not on the 0–1 scale of the other rows</source>
        <translation>La précision du géocodage %1 n&apos;est pas sur l&apos;échelle 0–1 des autres lignes</translation>
    </message>
    <message>
        <source>Geocoding precision %1 is low: the position may be the street&apos;s or the commune&apos;s</source>
        <translation>Précision du géocodage %1 faible : la position est peut-être celle de la rue ou de la commune</translation>
    </message>
    <message>
        <source>The source says département %1, the position is in %2 (%3)</source>
        <translation>La source indique le département %1, la position est dans le %2 (%3)</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corriger : %1</translation>
    </message>
    <message>
        <source>Fix %1 problems</source>
        <translation>Corriger %1 problèmes</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>Same place</source>
        <translation>Même lieu</translation>
    </message>
    <message>
        <source>Different places</source>
        <translation>Lieux différents</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Incertain</translation>
    </message>
</context>
<context>
    <name>DefaultProject</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>The bundled CGET database is missing</source>
        <translation>La base CGET fournie avec le programme est introuvable</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>A place needs a name</source>
        <translation>Un lieu doit avoir un nom</translation>
    </message>
    <message>
        <source>A postcode has five digits, such as 35000</source>
        <translation>Un code postal a cinq chiffres, par exemple 35000</translation>
    </message>
    <message>
        <source>This is a social network address: put it under Twitter or Facebook</source>
        <translation>C’est l’adresse d’un réseau social : mettez-la sous Twitter ou Facebook</translation>
    </message>
    <message>
        <source>Not a web address, such as https://example.fr</source>
        <translation>Ce n’est pas une adresse web, comme https://exemple.fr</translation>
    </message>
    <message>
        <source>Not a Twitter account, such as @name</source>
        <translation>Ce n’est pas un compte Twitter, comme @nom</translation>
    </message>
    <message>
        <source>Not a Facebook page, such as facebook.com/page</source>
        <translation>Ce n’est pas une page Facebook, comme facebook.com/page</translation>
    </message>
    <message>
        <source>Not a number, such as 47.2184</source>
        <translation>Ce n’est pas un nombre, comme 47.2184</translation>
    </message>
    <message>
        <source>A longitude is between -180 and 180</source>
        <translation>Une longitude est comprise entre -180 et 180</translation>
    </message>
    <message>
        <source>A latitude is between -90 and 90</source>
        <translation>Une latitude est comprise entre -90 et 90</translation>
    </message>
    <message>
        <source>Edit %1 of “%2”</source>
        <translation>Modifier %1 de « %2 »</translation>
    </message>
    <message>
        <source>This position is outside the world</source>
        <translation>Cette position est hors du monde</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Déplacer « %1 »</translation>
    </message>
    <message>
        <source>Place %1 does not exist</source>
        <translation>Le lieu %1 n’existe pas</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n place(s) into “%1”</source>
        <translation>
            <numerusform>Fusionner %n lieu dans « %1 »</numerusform>
            <numerusform>Fusionner %n lieux dans « %1 »</numerusform>
        </translation>
    </message>
    <message>
        <source>Split “%1”</source>
        <translation>Séparer « %1 »</translation>
    </message>
    <message>
        <source>Decide “%1”: %2 %3 / %4 %5</source>
        <translation>Décider « %1 » : %2 %3 / %4 %5</translation>
    </message>
    <message>
        <source>Forget the decision on %1 %2 / %3 %4</source>
        <translation>Oublier la décision sur %1 %2 / %3 %4</translation>
    </message>
    <message>
        <source>No decision on this pair to undo</source>
        <translation>Aucune décision à annuler sur cette paire</translation>
    </message>
    <message>
        <source>Accept the merges scoring at least %1</source>
        <translation>Accepter les fusions de score au moins %1</translation>
    </message>
    <message>
        <source>No group to accept at this score</source>
        <translation>Aucun groupe à accepter à ce score</translation>
    </message>
    <message>
        <source>Place %1 does not exist or was merged into another</source>
        <translation>Le lieu %1 n&apos;existe pas ou a été fusionné dans un autre</translation>
    </message>
    <message>
        <source>An excluded place needs a reason</source>
        <translation>Un lieu exclu a besoin d&apos;un motif</translation>
    </message>
    <message>
        <source>The reason “other” needs a note</source>
        <translation>Le motif « autre » demande une note</translation>
    </message>
    <message>
        <source>Classify “%1” as %2</source>
        <translation>Classer « %1 » : %2</translation>
    </message>
    <message numerus="yes">
        <source>Classify %n place(s) as %1</source>
        <translation>
            <numerusform>Classer %n lieu : %1</numerusform>
            <numerusform>Classer %n lieux : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept the suggested type of %n place(s)</source>
        <translation>
            <numerusform>Accepter le type suggéré de %n lieu</numerusform>
            <numerusform>Accepter le type suggéré de %n lieux</numerusform>
        </translation>
    </message>
    <message>
        <source>The type is coworking, fablab, excluded or unknown</source>
        <translation>Le type est coworking, fablab, exclu ou inconnu</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation>Impossible de relire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name</source>
        <translation>%1 est un dossier : donnez un nom de fichier</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist</source>
        <translation>Le dossier de %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is the project itself: choose another file for the snapshot</source>
        <translation>%1 est le projet lui-même : choisissez un autre fichier pour l&apos;instantané</translation>
    </message>
    <message>
        <source>%1 would be taken for a Recoupe project: choose another extension</source>
        <translation>%1 serait pris pour un projet Recoupe : choisissez une autre extension</translation>
    </message>
    <message>
        <source>%1 is a Recoupe project: choose another file for the snapshot</source>
        <translation>%1 est un projet Recoupe : choisissez un autre fichier pour l&apos;instantané</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver on this system</source>
        <translation>GDAL n&apos;a pas de pilote %1 sur ce système</translation>
    </message>
    <message>
        <source>GDAL failed</source>
        <translation>échec de GDAL</translation>
    </message>
    <message>
        <source>There is no snapshot %1 in this project (see recoupe-cli snapshots)</source>
        <translation>Il n&apos;y a pas d&apos;instantané %1 dans ce projet (voir recoupe-cli snapshots)</translation>
    </message>
    <message>
        <source>No difference between the two snapshots.</source>
        <translation>Aucune différence entre les deux instantanés.</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 merged, %4 split, %5 reclassified, %6 moved, %7 changed (places).</source>
        <translation>%1 ajoutés, %2 retirés, %3 fusionnés, %4 séparés, %5 reclassés, %6 déplacés, %7 modifiés (lieux).</translation>
    </message>
    <message>
        <source>… and %1 more (export the differences as CSV to see them all).</source>
        <translation>… et %1 de plus (exportez les différences en CSV pour toutes les voir).</translation>
    </message>
    <message>
        <source>Place %1 added: %2</source>
        <translation>Lieu %1 ajouté : %2</translation>
    </message>
    <message>
        <source>Place %1 removed: %2</source>
        <translation>Lieu %1 retiré : %2</translation>
    </message>
    <message>
        <source>Place %1 merged into place %2</source>
        <translation>Lieu %1 fusionné dans le lieu %2</translation>
    </message>
    <message>
        <source>Place %1 split from place %2</source>
        <translation>Lieu %1 séparé du lieu %2</translation>
    </message>
    <message>
        <source>Place %1 reclassified (%2): « %3 » → « %4 »</source>
        <translation>Lieu %1 reclassé (%2) : « %3 » → « %4 »</translation>
    </message>
    <message>
        <source>Place %1 moved (%2): %3 → %4</source>
        <translation>Lieu %1 déplacé (%2) : %3 → %4</translation>
    </message>
    <message>
        <source>Place %1, %2: « %3 » → « %4 »</source>
        <translation>Lieu %1, %2 : « %3 » → « %4 »</translation>
    </message>
    <message>
        <source>Tiers lieux in France: coworkings and fablabs (snapshot of %1)</source>
        <translation>Tiers lieux en France : coworkings et fablabs (instantané du %1)</translation>
    </message>
    <message>
        <source>column %1 (personal data)</source>
        <translation>colonne %1 (données personnelles)</translation>
    </message>
    <message>
        <source>%1 e-mail addresses and %2 telephone numbers found inside other fields</source>
        <translation>%1 adresses e-mail et %2 numéros de téléphone trouvés dans d&apos;autres champs</translation>
    </message>
    <message>
        <source>internal notes of the curators</source>
        <translation>notes internes des curateurs</translation>
    </message>
    <message>
        <source>The national database of tiers lieux (coworking spaces and fablabs) curated by the ANCT with Recoupe from the sources listed below: duplicates merged, places checked, geography computed from the bundled boundaries.</source>
        <translation>La base nationale des tiers lieux (espaces de coworking et fablabs) tenue par l&apos;ANCT avec Recoupe à partir des sources listées ci-dessous : doublons fusionnés, lieux vérifiés, géographie calculée sur les limites fournies.</translation>
    </message>
</context>
<context>
    <name>ExportColumns</name>
    <message>
        <source>Stable identifier of the place in Recoupe</source>
        <translation>Identifiant stable du lieu dans Recoupe</translation>
    </message>
    <message>
        <source>Name of the tiers lieu</source>
        <translation>Nom du tiers lieu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune as first declared</source>
        <translation>Commune telle que déclarée initialement</translation>
    </message>
    <message>
        <source>INSEE code of the commune</source>
        <translation>Code INSEE de la commune</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site internet</translation>
    </message>
    <message>
        <source>Twitter account</source>
        <translation>Compte Twitter</translation>
    </message>
    <message>
        <source>Facebook page</source>
        <translation>Page Facebook</translation>
    </message>
    <message>
        <source>CGET typology</source>
        <translation>Typologie CGET</translation>
    </message>
    <message>
        <source>Latitude (WGS 84)</source>
        <translation>Latitude (WGS 84)</translation>
    </message>
    <message>
        <source>Longitude (WGS 84)</source>
        <translation>Longitude (WGS 84)</translation>
    </message>
    <message>
        <source>Address as found by geocoding</source>
        <translation>Adresse telle que trouvée au géocodage</translation>
    </message>
    <message>
        <source>Precision of the geocoding</source>
        <translation>Précision du géocodage</translation>
    </message>
    <message>
        <source>Name of the contact (personal data)</source>
        <translation>Nom du contact (donnée personnelle)</translation>
    </message>
    <message>
        <source>E-mail of the contact (personal data)</source>
        <translation>E-mail du contact (donnée personnelle)</translation>
    </message>
    <message>
        <source>1 inside one of the 22 métropoles, else 0</source>
        <translation>1 dans l&apos;une des 22 métropoles, sinon 0</translation>
    </message>
    <message>
        <source>Name of the métropole</source>
        <translation>Nom de la métropole</translation>
    </message>
    <message>
        <source>INSEE code of the région</source>
        <translation>Code INSEE de la région</translation>
    </message>
    <message>
        <source>Name of the région</source>
        <translation>Nom de la région</translation>
    </message>
    <message>
        <source>INSEE code of the commune of the métropole</source>
        <translation>Code INSEE de la commune de la métropole</translation>
    </message>
    <message>
        <source>INSEE code of the département</source>
        <translation>Code INSEE du département</translation>
    </message>
    <message>
        <source>Name of the commune of the métropole</source>
        <translation>Nom de la commune de la métropole</translation>
    </message>
    <message>
        <source>Population of the commune</source>
        <translation>Population de la commune</translation>
    </message>
    <message>
        <source>Population class of the commune</source>
        <translation>Catégorie de population de la commune</translation>
    </message>
    <message>
        <source>INSEE code of the zone d&apos;emploi 2010</source>
        <translation>Code INSEE de la zone d&apos;emploi 2010</translation>
    </message>
    <message>
        <source>Name of the zone d&apos;emploi 2010</source>
        <translation>Nom de la zone d&apos;emploi 2010</translation>
    </message>
    <message>
        <source>Population class of the zone d&apos;emploi 2010</source>
        <translation>Catégorie de population de la zone d&apos;emploi 2010</translation>
    </message>
    <message>
        <source>Population of the zone d&apos;emploi 2010</source>
        <translation>Population de la zone d&apos;emploi 2010</translation>
    </message>
    <message>
        <source>Type: coworking, fablab, unknown or excluded</source>
        <translation>Type : coworking, fablab, unknown ou excluded</translation>
    </message>
    <message>
        <source>Why a place of type excluded is not a tiers lieu</source>
        <translation>Pourquoi un lieu de type excluded n&apos;est pas un tiers lieu</translation>
    </message>
    <message>
        <source>Name of the département</source>
        <translation>Nom du département</translation>
    </message>
    <message>
        <source>SIREN of the EPCI</source>
        <translation>SIREN de l&apos;EPCI</translation>
    </message>
    <message>
        <source>Name of the EPCI</source>
        <translation>Nom de l&apos;EPCI</translation>
    </message>
    <message>
        <source>SIREN of the métropole</source>
        <translation>SIREN de la métropole</translation>
    </message>
    <message>
        <source>Code of the zone d&apos;emploi 2020</source>
        <translation>Code de la zone d&apos;emploi 2020</translation>
    </message>
    <message>
        <source>Name of the zone d&apos;emploi 2020</source>
        <translation>Nom de la zone d&apos;emploi 2020</translation>
    </message>
    <message>
        <source>CGET population class of the zone d&apos;emploi 2020</source>
        <translation>Catégorie de population CGET de la zone d&apos;emploi 2020</translation>
    </message>
    <message>
        <source>Code of the zone d&apos;emploi 2010</source>
        <translation>Code de la zone d&apos;emploi 2010</translation>
    </message>
    <message>
        <source>active, or source_removed when every source dropped it</source>
        <translation>active, ou source_removed quand toutes ses sources l&apos;ont retiré</translation>
    </message>
    <message>
        <source>Sources of the place, comma-separated</source>
        <translation>Sources du lieu, séparées par des virgules</translation>
    </message>
    <message>
        <source>Number of source records of the place</source>
        <translation>Nombre d&apos;enregistrements sources du lieu</translation>
    </message>
    <message>
        <source>Last change by a curator (UTC)</source>
        <translation>Dernière modification par un curateur (UTC)</translation>
    </message>
    <message>
        <source>Last update of the place (UTC)</source>
        <translation>Dernière mise à jour du lieu (UTC)</translation>
    </message>
    <message>
        <source>Telephone (personal data)</source>
        <translation>Téléphone (donnée personnelle)</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Twitter</source>
        <translation>Twitter</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
</context>
<context>
    <name>Geography</name>
    <message>
        <source>Cannot read the boundary layer %1: %2</source>
        <translation>Impossible de lire la couche de limites %1 : %2</translation>
    </message>
    <message>
        <source>The boundary layer %1 is missing from this build of Recoupe</source>
        <translation>La couche de limites %1 manque à cette version de Recoupe</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1 → source &quot;%2&quot; (profile %3): %4 rows read; %5 added, %6 changed, %7 removed, %8 unchanged; %9 values could not be used.</source>
        <translation>%1 → source « %2 » (profil %3) : %4 lignes lues ; %5 ajoutées, %6 modifiées, %7 retirées, %8 inchangées ; %9 valeurs inutilisables.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>empty key; the line number is used</source>
        <translation>clé vide ; le numéro de ligne est utilisé</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is repeated; kept as &apos;%2&apos;</source>
        <translation>la clé « %1 » est répétée ; conservée sous « %2 »</translation>
    </message>
    <message>
        <source>Cannot import %1: it holds no rows</source>
        <translation>Impossible d&apos;importer %1 : il ne contient aucune ligne</translation>
    </message>
    <message>
        <source>Cannot import %1 with profile %2: the key column %3 is missing (columns found: %4)</source>
        <translation>Impossible d&apos;importer %1 avec le profil %2 : la colonne clé %3 est absente (colonnes trouvées : %4)</translation>
    </message>
    <message>
        <source>Cannot import %1: no coordinate column (looked for %2) and no geometry (columns found: %3)</source>
        <translation>Impossible d&apos;importer %1 : aucune colonne de coordonnées (cherché : %2) ni géométrie (colonnes trouvées : %3)</translation>
    </message>
    <message>
        <source>Cannot import %1: its sheet or layer &quot;%2&quot; is empty (no header row, no columns)</source>
        <translation>Impossible d&apos;importer %1 : sa feuille ou sa couche « %2 » est vide (ni ligne d&apos;en-tête, ni colonnes)</translation>
    </message>
</context>
<context>
    <name>MapDecorations</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Coworking</source>
        <translation>Coworking</translation>
    </message>
    <message>
        <source>Fablab</source>
        <translation>Fablab</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Type inconnu</translation>
    </message>
    <message>
        <source>Basemap: IGN Admin Express (Licence Ouverte)</source>
        <translation>Fond : IGN Admin Express (Licence Ouverte)</translation>
    </message>
    <message>
        <source>Lon %1, lat %2</source>
        <translation>Lon %1, lat %2</translation>
    </message>
    <message>
        <source>Candidate duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclu</translation>
    </message>
</context>
<context>
    <name>MappingProfile</name>
    <message>
        <source>Profile %1 has no &quot;id&quot;</source>
        <translation>Le profil %1 n&apos;a pas d&apos;« id »</translation>
    </message>
    <message>
        <source>Profile %1: unknown field &quot;%2&quot;</source>
        <translation>Profil %1 : champ inconnu « %2 »</translation>
    </message>
    <message>
        <source>Profile %1: field &quot;%2&quot; must name a column, a list of columns or a join</source>
        <translation>Profil %1 : le champ « %2 » doit nommer une colonne, une liste de colonnes ou une jointure</translation>
    </message>
    <message>
        <source>Profile %1: invalid type pattern &quot;%2&quot;</source>
        <translation>Profil %1 : motif de type invalide « %2 »</translation>
    </message>
</context>
<context>
    <name>NewProjectImport</name>
    <message>
        <source>Cannot write the project %1: %2</source>
        <translation>Impossible d’écrire le projet %1 : %2</translation>
    </message>
</context>
<context>
    <name>Normalise</name>
    <message>
        <source>postcode &apos;%1&apos; is a placeholder for an unknown postcode</source>
        <translation>le code postal « %1 » tient lieu de code inconnu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a French postcode</source>
        <translation>« %1 » n&apos;est pas un code postal français</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>« %1 » n&apos;est pas une adresse web</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Twitter account</source>
        <translation>« %1 » n&apos;est pas un compte Twitter</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Facebook page</source>
        <translation>« %1 » n&apos;est pas une page Facebook</translation>
    </message>
    <message>
        <source>only one of longitude and latitude is given</source>
        <translation>seule la longitude ou la latitude est renseignée</translation>
    </message>
    <message>
        <source>position 0, 0 is a placeholder, not a place</source>
        <translation>la position 0, 0 tient lieu de valeur manquante, ce n&apos;est pas un lieu</translation>
    </message>
    <message>
        <source>position %1, %2 is out of range</source>
        <translation>la position %1, %2 est hors limites</translation>
    </message>
    <message>
        <source>latitude and longitude were swapped; put back in order</source>
        <translation>latitude et longitude étaient inversées ; remises dans l&apos;ordre</translation>
    </message>
    <message>
        <source>position %1, %2 is outside France</source>
        <translation>la position %1, %2 est hors de France</translation>
    </message>
</context>
<context>
    <name>OpenProject</name>
    <message>
        <source>This project is already open in another window (%1, process %2 on %3): what is changed there shows here only once the project is opened again.</source>
        <translation>Ce projet est déjà ouvert dans une autre fenêtre (%1, processus %2 sur %3) : ce qui y est modifié n&apos;apparaîtra ici qu&apos;à la prochaine ouverture du projet.</translation>
    </message>
    <message>
        <source>This project is read-only (its file cannot be written): you can browse, filter and check it, but not change it.</source>
        <translation>Ce projet est en lecture seule (son fichier ne peut pas être écrit) : vous pouvez le parcourir, le filtrer et le vérifier, mais pas le modifier.</translation>
    </message>
</context>
<context>
    <name>PlaceType</name>
    <message>
        <source>Coworking</source>
        <translation>Coworking</translation>
    </message>
    <message>
        <source>Fablab</source>
        <translation>Fablab</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <source>Wifi café</source>
        <translation>Café wifi</translation>
    </message>
    <message>
        <source>Télécentre</source>
        <translation>Télécentre</translation>
    </message>
    <message>
        <source>Business centre</source>
        <translation>Centre d&apos;affaires</translation>
    </message>
    <message>
        <source>Business hotel</source>
        <translation>Hôtel d&apos;entreprises</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>PlaceWriter</name>
    <message>
        <source>Place %1 is not one of the merged places</source>
        <translation>Le lieu %1 ne fait pas partie des lieux fusionnés</translation>
    </message>
    <message>
        <source>Place %1 does not exist</source>
        <translation>Le lieu %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>A merge needs at least two places</source>
        <translation>Une fusion demande au moins deux lieux</translation>
    </message>
    <message>
        <source>Place %1 was merged into another place already</source>
        <translation>Le lieu %1 a déjà été fusionné dans un autre lieu</translation>
    </message>
    <message>
        <source>Place %1 is named twice in the merge</source>
        <translation>Le lieu %1 est nommé deux fois dans la fusion</translation>
    </message>
    <message>
        <source>Record %1 is not one of the merged places&apos;</source>
        <translation>L&apos;enregistrement %1 n&apos;appartient à aucun des lieux fusionnés</translation>
    </message>
    <message>
        <source>Place %1 holds no merge to split</source>
        <translation>Le lieu %1 ne contient aucune fusion à séparer</translation>
    </message>
</context>
<context>
    <name>ProfileRegistry</name>
    <message>
        <source>Cannot read profile %1: %2</source>
        <translation>Impossible de lire le profil %1 : %2</translation>
    </message>
    <message>
        <source>Profile %1 is not valid JSON: %2 at offset %3</source>
        <translation>Le profil %1 n&apos;est pas du JSON valide : %2 à la position %3</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot; (known: %2)</source>
        <translation>Profil inconnu « %1 » (profils connus : %2)</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Affiche l’aide des options de la ligne de commande.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Affiche l’aide, y compris les options propres à Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Affiche la version.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>e.g. %1</source>
        <translation>ex. : %1</translation>
    </message>
    <message>
        <source>e.g. @account</source>
        <translation>ex. : @compte</translation>
    </message>
</context>
<context>
    <name>RecordMapper</name>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>« %1 » n&apos;est pas un nombre</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>SourceReader</name>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>Impossible d&apos;importer %1 : %2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>le fichier est vide (0 octet)</translation>
    </message>
    <message>
        <source>the file is %1 MB; the limit is %2 MB</source>
        <translation>le fichier fait %1 Mo ; la limite est de %2 Mo</translation>
    </message>
    <message>
        <source>the file is encoded in UTF-16; save it as UTF-8 or Latin-1</source>
        <translation>le fichier est encodé en UTF-16 ; enregistrez-le en UTF-8 ou en Latin-1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>the format is not recognised</source>
        <translation>le format n&apos;est pas reconnu</translation>
    </message>
    <message>
        <source>row</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>Cannot read %1: it holds no table</source>
        <translation>Impossible de lire %1 : il ne contient aucun tableau</translation>
    </message>
    <message>
        <source>Cannot read %1 after %2 %3: %4</source>
        <translation>Impossible de lire %1 après %2 %3 : %4</translation>
    </message>
    <message>
        <source>Cannot import %1: it holds no header line</source>
        <translation>Impossible d&apos;importer %1 : il n&apos;a pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>Cannot import %1: the file is binary, not a text table (a NUL byte on line %2)</source>
        <translation>Impossible d&apos;importer %1 : le fichier est binaire, ce n&apos;est pas un tableau texte (un octet NUL à la ligne %2)</translation>
    </message>
    <message>
        <source>Cannot import %1: the quote that opens line %2 (column %3) never closes; the rest of the file would be one value. Remove the quote or close it.</source>
        <translation>Impossible d&apos;importer %1 : le guillemet ouvert à la ligne %2 (colonne %3) ne se ferme jamais ; tout le reste du fichier serait une seule valeur. Supprimez ce guillemet ou fermez-le.</translation>
    </message>
    <message>
        <source>the value is not valid UTF-8 (the rest of the file is); read as Latin-1</source>
        <translation>la valeur n&apos;est pas de l&apos;UTF-8 valide (le reste du fichier l&apos;est) ; lue en Latin-1</translation>
    </message>
    <message>
        <source>the quoted value holds a quote that is not doubled; it is kept as written, quotes included</source>
        <translation>la valeur entre guillemets contient un guillemet non doublé ; elle est gardée telle qu&apos;écrite, guillemets compris</translation>
    </message>
    <message>
        <source>the quote that opens this value does not close on this line; it is read as a character and the next lines as rows of their own</source>
        <translation>le guillemet qui ouvre cette valeur ne se ferme pas sur cette ligne ; il est lu comme un caractère, et les lignes suivantes comme des lignes à part entière</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2; the extra values are kept as %3</source>
        <translation>%1 champs, l&apos;en-tête en a %2 ; les valeurs en trop sont gardées sous %3</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2; %3 left empty</source>
        <translation>%1 champs, l&apos;en-tête en a %2 ; %3 laissés vides</translation>
    </message>
    <message>
        <source>%1 is not UTF-8: it was read as Latin-1 (ISO 8859-1).</source>
        <translation>%1 n&apos;est pas en UTF-8 : il a été lu en Latin-1 (ISO 8859-1).</translation>
    </message>
    <message>
        <source>%1 has %2 lines of data but gives %3 records: quoted values run over several lines (the longest from line %4 to line %5). Check the quotes if that is not expected.</source>
        <translation>%1 a %2 lignes de données mais donne %3 enregistrements : des valeurs entre guillemets courent sur plusieurs lignes (la plus longue de la ligne %4 à la ligne %5). Vérifiez les guillemets si ce n&apos;est pas voulu.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>vrai ou faux</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>Cannot read %1, line %2, column %3: %4</source>
        <translation>Impossible de lire %1, ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <source>Cannot import %1: a JSON array of objects was expected, but the file holds one object (keys: %2)</source>
        <translation>Impossible d&apos;importer %1 : un tableau JSON d&apos;objets était attendu, mais le fichier contient un seul objet (clés : %2)</translation>
    </message>
    <message>
        <source>Cannot import %1: a JSON array of objects was expected</source>
        <translation>Impossible d&apos;importer %1 : un tableau JSON d&apos;objets était attendu</translation>
    </message>
    <message>
        <source>Cannot import %1, line %2: item %3 of the array is %4, not an object</source>
        <translation>Impossible d&apos;importer %1, ligne %2 : l&apos;élément %3 du tableau est %4, pas un objet</translation>
    </message>
    <message>
        <source>the point&apos;s coordinates are not two numbers; the record has no position</source>
        <translation>les coordonnées du point ne sont pas deux nombres ; l&apos;enregistrement n&apos;a pas de position</translation>
    </message>
    <message>
        <source>the cell %1 holds a formula (=%2) whose result was not saved in the file, so it is read as empty; open the file in a spreadsheet program and save it again</source>
        <translation>la cellule %1 contient une formule (=%2) dont le résultat n&apos;a pas été enregistré dans le fichier : elle est lue vide ; ouvrez le fichier dans un tableur et enregistrez-le de nouveau</translation>
    </message>
    <message>
        <source>the value is not valid UTF-8; read as Latin-1</source>
        <translation>la valeur n&apos;est pas de l&apos;UTF-8 valide ; lue en Latin-1</translation>
    </message>
    <message>
        <source>the geometry is a %1, not a point; its centroid is used as the position</source>
        <translation>la géométrie est un %1, pas un point ; son centroïde sert de position</translation>
    </message>
    <message>
        <source>the file is binary, not a text table (a NUL byte on line %1)</source>
        <translation>le fichier est binaire, ce n&apos;est pas un tableau texte (un octet NUL à la ligne %1)</translation>
    </message>
    <message>
        <source>position %1 of the %2 is not two numbers; GDAL leaves it out with its part or the whole geometry, so the record&apos;s position may be missing or wrong</source>
        <translation>la position %1 de la géométrie %2 n&apos;est pas faite de deux nombres : GDAL l&apos;écarte avec sa partie ou toute la géométrie, la position de l&apos;enregistrement peut donc manquer ou être fausse</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The project %1 was written by a newer version of Recoupe (schema %2; this version knows up to %3). Update Recoupe to open it.</source>
        <translation>Le projet %1 a été écrit par une version plus récente de Recoupe (schéma %2 ; cette version connaît jusqu&apos;au schéma %3). Mettez Recoupe à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Erreur de base de données : %1 (dans : %2)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file</source>
        <translation>%1 est un dossier, pas un fichier de projet</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed</source>
        <translation>Le pilote SQLite de Qt n&apos;est pas installé</translation>
    </message>
    <message>
        <source>Cannot open project %1: %2</source>
        <translation>Impossible d&apos;ouvrir le projet %1 : %2</translation>
    </message>
    <message>
        <source>The project is not an SQLite database</source>
        <translation>Le projet n&apos;est pas une base SQLite</translation>
    </message>
    <message>
        <source>The project changed since this step (another program or an import wrote to it): it cannot be undone or redone.</source>
        <translation>Le projet a changé depuis cette étape (un autre programme ou un import y a écrit) : elle ne peut être ni annulée ni rétablie.</translation>
    </message>
    <message>
        <source>The project %1 is in use by another process (an import or a search for duplicates is writing to it); try again when it has finished</source>
        <translation>Le projet %1 est utilisé par un autre processus (une importation ou une recherche de doublons y écrit) ; réessayez quand elle sera terminée</translation>
    </message>
    <message>
        <source>Cannot change %1: the project is read-only</source>
        <translation>Impossible de modifier %1 : le projet est en lecture seule</translation>
    </message>
    <message>
        <source>The disk holding the project %1 is full; the project was left as it was</source>
        <translation>Le disque qui contient le projet %1 est plein ; le projet a été laissé tel quel</translation>
    </message>
    <message>
        <source>The project file %1 is damaged; restore it from a copy</source>
        <translation>Le fichier de projet %1 est endommagé ; restaurez-le depuis une copie</translation>
    </message>
    <message>
        <source>the file is not an SQLite database</source>
        <translation>le fichier n&apos;est pas une base SQLite</translation>
    </message>
    <message>
        <source>The project file %1 could not be read or written (%2)</source>
        <translation>Le fichier de projet %1 n&apos;a pas pu être lu ou écrit (%2)</translation>
    </message>
    <message>
        <source>The project file %1 cannot be opened (%2)</source>
        <translation>Le fichier de projet %1 ne peut pas être ouvert (%2)</translation>
    </message>
    <message>
        <source>Database error in the project %1: %2</source>
        <translation>Erreur de base de données dans le projet %1 : %2</translation>
    </message>
    <message>
        <source>There is no project %1</source>
        <translation>Il n&apos;y a pas de projet %1</translation>
    </message>
    <message>
        <source>Cannot change %1: the project is read-only (its folder %2 cannot be written)</source>
        <translation>Impossible de modifier %1 : le projet est en lecture seule (son dossier %2 n&apos;est pas modifiable)</translation>
    </message>
    <message>
        <source>The project %1 was updated for this version of Recoupe (schema %2 to %3); a copy of it as it was is kept in %4.</source>
        <translation>Le projet %1 a été mis à jour pour cette version de Recoupe (schéma %2 à %3) ; une copie de son état précédent est gardée dans %4.</translation>
    </message>
    <message>
        <source>%1 is not a Recoupe project: %2</source>
        <translation>%1 n&apos;est pas un projet Recoupe : %2</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no project yet</source>
        <translation>%1 est vide : il ne contient pas encore de projet</translation>
    </message>
    <message>
        <source>%1 is not a Recoupe project: it is the SQLite database of another program (tables: %2); it was left as it was</source>
        <translation>%1 n&apos;est pas un projet Recoupe : c&apos;est la base SQLite d&apos;un autre programme (tables : %2) ; il a été laissé tel quel</translation>
    </message>
</context>
<context>
    <name>TypeModel</name>
    <message>
        <source>not a type model of version 1</source>
        <translation>ce n&apos;est pas un modèle de types en version 1</translation>
    </message>
    <message>
        <source>category rule “%1” has no key or no type</source>
        <translation>la règle de catégorie « %1 » n&apos;a pas de clé ou pas de type</translation>
    </message>
    <message>
        <source>exclusion rule without phrase or reason</source>
        <translation>règle d&apos;exclusion sans expression ou sans motif</translation>
    </message>
</context>
<context>
    <name>TypeSuggester</name>
    <message>
        <source>“%1” in the name</source>
        <translation>« %1 » dans le nom</translation>
    </message>
    <message>
        <source>“%1” in the web address</source>
        <translation>« %1 » dans l&apos;adresse web</translation>
    </message>
    <message>
        <source>“%1” in a social account</source>
        <translation>« %1 » dans un compte de réseau social</translation>
    </message>
    <message>
        <source>“%1” in the address</source>
        <translation>« %1 » dans l&apos;adresse</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>%1 says %2=%3</source>
        <translation>%1 indique %2=%3</translation>
    </message>
    <message>
        <source>%1 says %2</source>
        <translation>%1 indique %2</translation>
    </message>
    <message>
        <source>“%1” names a place that only rents desks</source>
        <translation>« %1 » désigne un lieu qui ne fait que louer des bureaux</translation>
    </message>
    <message>
        <source>nothing says otherwise: most places are coworkings</source>
        <translation>rien ne dit le contraire : la plupart des lieux sont des coworkings</translation>
    </message>
    <message>
        <source>its sources disagree</source>
        <translation>ses sources ne sont pas d&apos;accord</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Project file (default: the default project).</source>
        <translation>Fichier de projet (par défaut : le projet par défaut).</translation>
    </message>
    <message>
        <source>Output format: csv or json (default csv).</source>
        <translation>Format de sortie : csv ou json (csv par défaut).</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv or json</source>
        <translation>Format inconnu « %1 » : utilisez csv ou json</translation>
    </message>
    <message>
        <source>Cannot write to the standard output</source>
        <translation>Impossible d&apos;écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>Import a source file (CSV, XLSX, ODS, GeoJSON, GPKG, SHP, KML, JSON) into the project; re-importing a source updates it.</source>
        <translation>Importer un fichier source (CSV, XLSX, ODS, GeoJSON, GPKG, SHP, KML, JSON) dans le projet ; réimporter une source la met à jour.</translation>
    </message>
    <message>
        <source>Source file to import.</source>
        <translation>Fichier source à importer.</translation>
    </message>
    <message>
        <source>Source name in the project (default: the profile&apos;s source, else the file name). Re-importing under the same name updates that source.</source>
        <translation>Nom de la source dans le projet (par défaut : la source du profil, sinon le nom du fichier). Réimporter sous le même nom met cette source à jour.</translation>
    </message>
    <message>
        <source>Column mapping profile: %1, or a JSON file (default: detected).</source>
        <translation>Profil de correspondance des colonnes : %1, ou un fichier JSON (par défaut : détecté).</translation>
    </message>
    <message>
        <source>Print the import report as JSON.</source>
        <translation>Afficher le rapport d&apos;import en JSON.</translation>
    </message>
    <message>
        <source>Print only the summary, not each problem.</source>
        <translation>N&apos;afficher que le résumé, pas chaque problème.</translation>
    </message>
    <message>
        <source>import takes exactly one file (see import --help)</source>
        <translation>import prend exactement un fichier (voir import --help)</translation>
    </message>
    <message>
        <source>  %1 %2 (key %3), column %4: %5</source>
        <translation>  %1 %2 (clé %3), colonne %4 : %5</translation>
    </message>
    <message>
        <source>%1 takes no file (see %1 --help)</source>
        <translation>%1 ne prend pas de fichier (voir %1 --help)</translation>
    </message>
    <message>
        <source>List every imported record (removed ones flagged) as CSV or JSON.</source>
        <translation>Lister tous les enregistrements importés (les retirés sont signalés) en CSV ou JSON.</translation>
    </message>
    <message>
        <source>List the curated places as CSV or JSON.</source>
        <translation>Lister les lieux consolidés en CSV ou JSON.</translation>
    </message>
    <message>
        <source>List the imported sources with their counts and dates.</source>
        <translation>Lister les sources importées avec leurs effectifs et leurs dates.</translation>
    </message>
    <message>
        <source>Usage: recoupe-cli [--project FILE] [--lang fr|en] COMMAND [options]

Commands:
</source>
        <translation>Usage : recoupe-cli [--project FICHIER] [--lang fr|en] COMMANDE [options]

Commandes :
</translation>
    </message>
    <message>
        <source>
Without --project, the default project is used (created from the bundled CGET 2019 database on first use).
Each command has --help.
</source>
        <translation>
Sans --project, le projet par défaut est utilisé (créé à la première utilisation à partir de la base CGET 2019 fournie).
Chaque commande a son --help.
</translation>
    </message>
    <message>
        <source>recoupe-cli %1: error: %2</source>
        <translation>recoupe-cli %1 : erreur : %2</translation>
    </message>
    <message>
        <source>recoupe-cli: unknown command &quot;%1&quot;</source>
        <translation>recoupe-cli : commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>Record a decision (same, different, unsure) on a pair of records.</source>
        <translation>Enregistrer une décision (même lieu, différents, incertain) sur une paire d&apos;enregistrements.</translation>
    </message>
    <message>
        <source>Source name of record %1 (see sources).</source>
        <translation>Nom de la source de l&apos;enregistrement %1 (voir sources).</translation>
    </message>
    <message>
        <source>Key of record %1 in its source.</source>
        <translation>Clé de l&apos;enregistrement %1 dans sa source.</translation>
    </message>
    <message>
        <source>Source name of record B (default: the source of A).</source>
        <translation>Nom de la source de l&apos;enregistrement B (par défaut : celle de A).</translation>
    </message>
    <message>
        <source>same, different or unsure.</source>
        <translation>same (même lieu), different (lieux différents) ou unsure (incertain).</translation>
    </message>
    <message>
        <source>Why (kept with the decision).</source>
        <translation>Pourquoi (conservé avec la décision).</translation>
    </message>
    <message>
        <source>Forget the decision on the pair instead.</source>
        <translation>Oublier plutôt la décision sur cette paire.</translation>
    </message>
    <message>
        <source>decide takes no file (see decide --help)</source>
        <translation>decide ne prend pas de fichier (voir decide --help)</translation>
    </message>
    <message>
        <source>decide needs --%1 (see decide --help)</source>
        <translation>decide demande --%1 (voir decide --help)</translation>
    </message>
    <message>
        <source>Decision forgotten: the pair may be proposed again.</source>
        <translation>Décision oubliée : la paire pourra être proposée à nouveau.</translation>
    </message>
    <message>
        <source>--decision must be same, different or unsure, not &quot;%1&quot;</source>
        <translation>--decision doit valoir same, different ou unsure, pas « %1 »</translation>
    </message>
    <message>
        <source>Decided %1: %2 %3 / %4 %5 (by %6)</source>
        <translation>Décision %1 : %2 %3 / %4 %5 (par %6)</translation>
    </message>
    <message>
        <source>Largest file accepted, in MB (default 1024).</source>
        <translation>Taille maximale de fichier acceptée, en Mo (1024 par défaut).</translation>
    </message>
    <message>
        <source>List candidate duplicate pairs (within and across sources) with a score, a verdict and an explanation.</source>
        <translation>Lister les paires de doublons possibles (dans une source et entre sources) avec un score, un verdict et une explication.</translation>
    </message>
    <message>
        <source>Only pairs scoring at least this (0 to 1; default: the review threshold). A value under the review threshold lowers it.</source>
        <translation>Seulement les paires dont le score atteint cette valeur (0 à 1 ; par défaut : le seuil de vérification). Une valeur sous ce seuil l&apos;abaisse.</translation>
    </message>
    <message>
        <source>Match settings and weights (JSON) instead of the built-in ones.</source>
        <translation>Réglages et poids du rapprochement (JSON) à la place de ceux intégrés.</translation>
    </message>
    <message>
        <source>Print counts and time to the error output.</source>
        <translation>Afficher les effectifs et la durée sur la sortie d&apos;erreur.</translation>
    </message>
    <message>
        <source>match takes no file (see match --help)</source>
        <translation>match ne prend pas de fichier (voir match --help)</translation>
    </message>
    <message>
        <source>--min-score takes a number from 0 to 1, not &quot;%1&quot;</source>
        <translation>--min-score prend un nombre de 0 à 1, pas « %1 »</translation>
    </message>
    <message>
        <source>%1 records, %2 pairs compared, %3 same, %4 to review, %5 groups, %6 s</source>
        <translation>%1 enregistrements, %2 paires comparées, %3 même lieu, %4 à vérifier, %5 groupes, %6 s</translation>
    </message>
    <message>
        <source>Spread of the prior around the hand-set weights when fitting (default 4).</source>
        <translation>Écart de l’a priori autour des poids fixés à la main lors de l’ajustement (4 par défaut).</translation>
    </message>
    <message>
        <source>Do not keep the candidates in the project (by default they replace those of the previous run, for the window&apos;s filter and map).</source>
        <translation>Ne pas garder les candidats dans le projet (par défaut ils remplacent ceux de l’exécution précédente, pour le filtre et la carte de la fenêtre).</translation>
    </message>
    <message>
        <source>List the data-quality problems of the places, and fix them.</source>
        <translation>Lister les problèmes de qualité des lieux, et les corriger.</translation>
    </message>
    <message>
        <source>Apply the fixes of the problems with this code (or &quot;all&quot;), then list what remains. Codes: %1.</source>
        <translation>Appliquer les corrections des problèmes de ce code (ou « all »), puis lister ce qui reste. Codes : %1.</translation>
    </message>
    <message>
        <source>List only the problems with this code.</source>
        <translation>Ne lister que les problèmes de ce code.</translation>
    </message>
    <message>
        <source>Unknown problem code &quot;%1&quot;: use one of %2</source>
        <translation>Code de problème inconnu « %1 » : utiliser l&apos;un de %2</translation>
    </message>
    <message>
        <source>The fixes could not be applied: %1</source>
        <translation>Les corrections n&apos;ont pas pu être appliquées : %1</translation>
    </message>
    <message>
        <source>%1 problems fixed.</source>
        <translation>%1 problèmes corrigés.</translation>
    </message>
    <message>
        <source>Compute the région, département, EPCI and zones d&apos;emploi of the places.</source>
        <translation>Calculer la région, le département, l&apos;EPCI et les zones d&apos;emploi des lieux.</translation>
    </message>
    <message>
        <source>Only places without geography or moved since.</source>
        <translation>Seulement les lieux sans géographie ou déplacés depuis.</translation>
    </message>
    <message>
        <source>Geography of %1 places computed in %2 s: %3 in a département (%4 of them by the nearest one, within 2 km), %5 in none, %6 without coordinates.</source>
        <translation>Géographie de %1 lieux calculée en %2 s : %3 dans un département (dont %4 par le plus proche, à moins de 2 km), %5 dans aucun, %6 sans coordonnées.</translation>
    </message>
    <message>
        <source>  %1 %2 (key %3): %4</source>
        <translation>  %1 %2 (clé %3) : %4</translation>
    </message>
    <message>
        <source>Also list the places absorbed by a merge (status merged).</source>
        <translation>Lister aussi les lieux absorbés par une fusion (statut merged).</translation>
    </message>
    <message>
        <source>Quality per source instead: records linked to places of other sources, disagreeing fields, problems by code.</source>
        <translation>À la place, la qualité par source : enregistrements liés à des lieux d&apos;autres sources, champs en désaccord, problèmes par code.</translation>
    </message>
    <message>
        <source>review groups by records: %1 (largest %2)</source>
        <translation>groupes de revue par nombre d&apos;enregistrements : %1 (le plus grand : %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a place id (see places)</source>
        <translation>« %1 » n&apos;est pas un identifiant de lieu (voir places)</translation>
    </message>
    <message>
        <source>--%1 takes FIELD=VALUE, not &quot;%2&quot;</source>
        <translation>--%1 prend CHAMP=VALEUR, pas « %2 »</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in --%2 (fields: %3, position)</source>
        <translation>Champ inconnu « %1 » dans --%2 (champs : %3, position)</translation>
    </message>
    <message>
        <source>Merge places into the first one, field by field (prints the kept place id).</source>
        <translation>Fusionner des lieux dans le premier, champ par champ (affiche l&apos;identifiant du lieu conservé).</translation>
    </message>
    <message>
        <source>PLACE_ID PLACE_ID [...]</source>
        <translation>ID_LIEU ID_LIEU [...]</translation>
    </message>
    <message>
        <source>Take FIELD from the place PLACE_ID (repeatable; the field position takes longitude and latitude).</source>
        <translation>Prendre CHAMP du lieu ID_LIEU (répétable ; le champ position prend longitude et latitude).</translation>
    </message>
    <message>
        <source>Give FIELD a value typed by hand (repeatable).</source>
        <translation>Donner à CHAMP une valeur saisie à la main (répétable).</translation>
    </message>
    <message>
        <source>merge needs at least two place ids (see merge --help)</source>
        <translation>merge demande au moins deux identifiants de lieux (voir merge --help)</translation>
    </message>
    <message>
        <source>--take %1: place %2 is not one of the merged places</source>
        <translation>--take %1 : le lieu %2 ne fait pas partie des lieux fusionnés</translation>
    </message>
    <message>
        <source>--set %1: %2</source>
        <translation>--set %1 : %2</translation>
    </message>
    <message>
        <source>Split a merged place back into the places it absorbed (prints their ids).</source>
        <translation>Séparer un lieu fusionné en les lieux qu&apos;il a absorbés (affiche leurs identifiants).</translation>
    </message>
    <message>
        <source>PLACE_ID</source>
        <translation>ID_LIEU</translation>
    </message>
    <message>
        <source>What the pairs between the restored places become: different (default), unsure, or none (proposed again).</source>
        <translation>Ce que deviennent les paires entre les lieux rétablis : different (par défaut), unsure, ou none (proposées à nouveau).</translation>
    </message>
    <message>
        <source>split takes one place id (see split --help)</source>
        <translation>split prend un identifiant de lieu (voir split --help)</translation>
    </message>
    <message>
        <source>--pairs must be different, unsure or none, not &quot;%1&quot;</source>
        <translation>--pairs vaut different, unsure ou none, pas « %1 »</translation>
    </message>
    <message>
        <source>List the review queue of the last search (pairs by group, with their decisions) as CSV or JSON.</source>
        <translation>Lister la file de revue de la dernière recherche (paires par groupe, avec leurs décisions) en CSV ou JSON.</translation>
    </message>
    <message>
        <source>Only the pairs still to decide.</source>
        <translation>Seulement les paires encore à décider.</translation>
    </message>
    <message>
        <source>review takes no file (see review --help)</source>
        <translation>review ne prend pas de fichier (voir review --help)</translation>
    </message>
    <message>
        <source>%1: accuracy %2 on %3 records; truth coworking → suggested coworking %4, fablab %5, excluded %6; truth fablab → coworking %7, fablab %8, excluded %9</source>
        <translation>%1 : exactitude %2 sur %3 enregistrements ; vrai coworking → suggéré coworking %4, fablab %5, exclu %6 ; vrai fablab → coworking %7, fablab %8, exclu %9</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a place id</source>
        <translation>« %1 » n&apos;est pas un identifiant de lieu</translation>
    </message>
    <message>
        <source>Suggest and set the type of places (coworking, fablab, excluded, unknown).</source>
        <translation>Suggérer et fixer le type des lieux (coworking, fablab, exclu, inconnu).</translation>
    </message>
    <message>
        <source>List the suggested type of every place whose type is unknown or disputed (suggestions computed afresh).</source>
        <translation>Lister le type suggéré de chaque lieu dont le type est inconnu ou contesté (suggestions recalculées).</translation>
    </message>
    <message>
        <source>With --suggest: every place.</source>
        <translation>Avec --suggest : tous les lieux.</translation>
    </message>
    <message>
        <source>Set the type of the places given: coworking, fablab, excluded or unknown.</source>
        <translation>Fixer le type des lieux donnés : coworking, fablab, excluded (exclu) ou unknown (inconnu).</translation>
    </message>
    <message>
        <source>With --type excluded: why (%1).</source>
        <translation>Avec --type excluded : le motif (%1).</translation>
    </message>
    <message>
        <source>With --type excluded: a note (needed for the reason &quot;other&quot;).</source>
        <translation>Avec --type excluded : une note (obligatoire pour le motif « other »).</translation>
    </message>
    <message>
        <source>Give the places given (none: every place whose type is unknown) their suggested type.</source>
        <translation>Donner aux lieux indiqués (aucun : tous les lieux de type inconnu) leur type suggéré.</translation>
    </message>
    <message>
        <source>Measure the suggestions on the records whose source says their type, that type hidden: 10-fold cross-validation and leave one source out.</source>
        <translation>Mesurer les suggestions sur les enregistrements dont la source donne le type, ce type caché : validation croisée en 10 blocs et une source laissée de côté.</translation>
    </message>
    <message>
        <source>Fit the word model on the records whose source says their type and write it to this file (the bundled model&apos;s rules kept).</source>
        <translation>Ajuster le modèle de mots sur les enregistrements dont la source donne le type et l&apos;écrire dans ce fichier (les règles du modèle intégré sont gardées).</translation>
    </message>
    <message>
        <source>classify needs exactly one of --suggest, --type, --accept, --evaluate or --fit (see classify --help)</source>
        <translation>classify demande exactement une option parmi --suggest, --type, --accept, --evaluate et --fit (voir classify --help)</translation>
    </message>
    <message>
        <source>No record of this project has a type from its source: nothing to fit or measure on</source>
        <translation>Aucun enregistrement de ce projet n&apos;a de type donné par sa source : rien sur quoi ajuster ni mesurer</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Fitted on %1 records (%2).</source>
        <translation>Ajusté sur %1 enregistrements (%2).</translation>
    </message>
    <message>
        <source>--suggest takes no place id</source>
        <translation>--suggest ne prend pas d&apos;identifiant de lieu</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;: use coworking, fablab, excluded or unknown</source>
        <translation>Type inconnu « %1 » : utilisez coworking, fablab, excluded ou unknown</translation>
    </message>
    <message>
        <source>Unknown reason &quot;%1&quot;: use one of %2</source>
        <translation>Motif inconnu « %1 » : utilisez l&apos;un de %2</translation>
    </message>
    <message>
        <source>classify --type needs the ids of the places</source>
        <translation>classify --type demande les identifiants des lieux</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) classified.</source>
        <translation>
            <numerusform>%n lieu classé.</numerusform>
            <numerusform>%n lieux classés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a snapshot id (see recoupe-cli snapshots)</source>
        <translation>« %1 » n&apos;est pas un numéro d&apos;instantané (voir recoupe-cli snapshots)</translation>
    </message>
    <message>
        <source>Export a dated snapshot of the places (CSV, GeoJSON, GeoPackage or XLSX) with its metadata sidecar and Table Schema, and record it in the project.</source>
        <translation>Exporte un instantané daté des lieux (CSV, GeoJSON, GeoPackage ou XLSX) avec ses métadonnées et son Table Schema, et l&apos;enregistre dans le projet.</translation>
    </message>
    <message>
        <source>OUT: the file to write</source>
        <translation>OUT : le fichier à écrire</translation>
    </message>
    <message>
        <source>csv, geojson, gpkg or xlsx (default: from the file&apos;s extension, else csv).</source>
        <translation>csv, geojson, gpkg ou xlsx (par défaut : d&apos;après l&apos;extension du fichier, sinon csv).</translation>
    </message>
    <message>
        <source>cget2019 (default: the CGET 2019 publication&apos;s columns) or recoupe (place ids, type, exclusion reason, geography, sources).</source>
        <translation>cget2019 (par défaut : les colonnes de la publication CGET 2019) ou recoupe (identifiants des lieux, type, motif d&apos;exclusion, géographie, sources).</translation>
    </message>
    <message>
        <source>No personal data (contact names, e-mails, phones, also inside other fields) and no internal notes: for publication.</source>
        <translation>Sans données personnelles (noms de contacts, e-mails, téléphones, y compris dans d&apos;autres champs) ni notes internes : pour publication.</translation>
    </message>
    <message>
        <source>Only the places whose name, address, commune or postcode holds these words (as the window&apos;s search).</source>
        <translation>Seulement les lieux dont le nom, l&apos;adresse, la commune ou le code postal contient ces mots (comme la recherche de la fenêtre).</translation>
    </message>
    <message>
        <source>Only the places of this type.</source>
        <translation>Seulement les lieux de ce type.</translation>
    </message>
    <message>
        <source>Only the places of this région (INSEE code).</source>
        <translation>Seulement les lieux de cette région (code INSEE).</translation>
    </message>
    <message>
        <source>CSV for French spreadsheets: semicolons, decimal commas, a byte order mark.</source>
        <translation>CSV pour les tableurs français : points-virgules, virgules décimales, marque d&apos;ordre des octets.</translation>
    </message>
    <message>
        <source>Title in the metadata.</source>
        <translation>Titre dans les métadonnées.</translation>
    </message>
    <message>
        <source>Description in the metadata.</source>
        <translation>Description dans les métadonnées.</translation>
    </message>
    <message>
        <source>Do not record the snapshot in the project (a plain file export).</source>
        <translation>Ne pas enregistrer l&apos;instantané dans le projet (simple export de fichier).</translation>
    </message>
    <message>
        <source>export takes one output file (see export --help)</source>
        <translation>export prend un seul fichier de sortie (voir export --help)</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv, geojson, gpkg or xlsx</source>
        <translation>Format « %1 » inconnu : utilisez csv, geojson, gpkg ou xlsx</translation>
    </message>
    <message>
        <source>Unknown layout &quot;%1&quot;: use cget2019 or recoupe</source>
        <translation>Disposition « %1 » inconnue : utilisez cget2019 ou recoupe</translation>
    </message>
    <message>
        <source>--semicolon is for CSV only</source>
        <translation>--semicolon ne vaut que pour le CSV</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;</source>
        <translation>Type « %1 » inconnu</translation>
    </message>
    <message>
        <source>Snapshot %1: %2 places written to %3 in %4 s (SHA-256 %5).</source>
        <translation>Instantané %1 : %2 lieux écrits dans %3 en %4 s (SHA-256 %5).</translation>
    </message>
    <message>
        <source>%1 places written to %2 in %3 s (not recorded).</source>
        <translation>%1 lieux écrits dans %2 en %3 s (non enregistré).</translation>
    </message>
    <message>
        <source>Metadata: %1; Table Schema: %2.</source>
        <translation>Métadonnées : %1 ; Table Schema : %2.</translation>
    </message>
    <message>
        <source>Left out: columns %1; %2 e-mail addresses and %3 telephone numbers inside other fields; internal notes.</source>
        <translation>Laissé de côté : colonnes %1 ; %2 adresses e-mail et %3 numéros de téléphone dans d&apos;autres champs ; notes internes.</translation>
    </message>
    <message>
        <source>This snapshot holds personal data (%1): do not publish it; --public leaves it out.</source>
        <translation>Cet instantané contient des données personnelles (%1) : ne le publiez pas ; --public les laisse de côté.</translation>
    </message>
    <message>
        <source>%1 text cells that a spreadsheet would run as formulas were neutralised (a leading apostrophe).</source>
        <translation>%1 cellules de texte qu&apos;un tableur exécuterait comme formules ont été neutralisées (apostrophe en tête).</translation>
    </message>
    <message>
        <source>List the snapshots exported from the project, oldest first.</source>
        <translation>Liste les instantanés exportés du projet, du plus ancien au plus récent.</translation>
    </message>
    <message>
        <source>The differences between two snapshots: places added, removed, merged, split, reclassified, moved, changed.</source>
        <translation>Les différences entre deux instantanés : lieux ajoutés, retirés, fusionnés, séparés, reclassés, déplacés, modifiés.</translation>
    </message>
    <message>
        <source>SNAPSHOT_A SNAPSHOT_B</source>
        <translation>INSTANTANÉ_A INSTANTANÉ_B</translation>
    </message>
    <message>
        <source>diff takes two snapshot ids (see diff --help)</source>
        <translation>diff prend deux numéros d&apos;instantanés (voir diff --help)</translation>
    </message>
    <message>
        <source>Instead of listing pairs, measure precision and recall on labelled pairs (id_a,id_b,label) against the baseline &quot;under 100 m and similar names&quot;, or on the records of a new source judged against the label source (source_key,source_name,cget_ids,label). Repeat for several files: one line each in the table.</source>
        <translation>Au lieu de lister les paires, mesurer la précision et le rappel sur des paires étiquetées (id_a,id_b,label) face à la référence « à moins de 100 m et noms semblables », ou sur les fiches d’une nouvelle source jugées face à la source des étiquettes (source_key,source_name,cget_ids,label). Répéter pour plusieurs fichiers : une ligne chacun dans le tableau.</translation>
    </message>
    <message>
        <source>Like --evaluate-labels, then re-fit the weights on the labels, print cross-validated precision and recall (leaving out one label file at a time when several are given) and the new weights.</source>
        <translation>Comme --evaluate-labels, puis réajuster les poids sur les étiquettes, afficher la précision et le rappel en validation croisée (en laissant de côté un fichier d’étiquettes à la fois quand il y en a plusieurs) et les nouveaux poids.</translation>
    </message>
    <message>
        <source>Source whose keys the labels use, the reference of cross-source labels (default &quot;CGET 2019&quot;).</source>
        <translation>Source dont les étiquettes utilisent les clés, la référence des étiquettes entre sources (par défaut « CGET 2019 »).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Curate the national database of tiers lieux.</source>
        <translation>Consolider la base nationale des tiers lieux.</translation>
    </message>
    <message>
        <source>Project file to open (default: the default project).</source>
        <translation>Fichier de projet à ouvrir (par défaut : le projet par défaut).</translation>
    </message>
    <message>
        <source>Recoupe</source>
        <translation>Recoupe</translation>
    </message>
</context>
<context>
    <name>match</name>
    <message>
        <source>A record cannot be paired with itself (%1 %2)</source>
        <translation>Un enregistrement ne peut pas être apparié à lui-même (%1 %2)</translation>
    </message>
    <message>
        <source>No record with key &quot;%1&quot; in source &quot;%2&quot;: check the source name (see the sources command) and the key</source>
        <translation>Aucun enregistrement de clé « %1 » dans la source « %2 » : vérifiez le nom de la source (commande sources) et la clé</translation>
    </message>
    <message>
        <source>Cannot read the labelled pairs %1: %2</source>
        <translation>Impossible de lire les paires étiquetées %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a file of labelled pairs: its first line must be id_a,id_b,label[,reason]</source>
        <translation>%1 n&apos;est pas un fichier de paires étiquetées : sa première ligne doit être id_a,id_b,label[,reason]</translation>
    </message>
    <message>
        <source>Unknown feature &quot;%1&quot; in the match weights</source>
        <translation>Critère inconnu « %1 » dans les poids du rapprochement</translation>
    </message>
    <message>
        <source>Unknown match setting &quot;%1&quot;</source>
        <translation>Réglage de rapprochement inconnu « %1 »</translation>
    </message>
    <message>
        <source>The review threshold (%1) must not exceed the same threshold (%2)</source>
        <translation>Le seuil de vérification (%1) ne doit pas dépasser le seuil « même lieu » (%2)</translation>
    </message>
    <message>
        <source>Cannot read the match settings %1: %2</source>
        <translation>Impossible de lire les réglages de rapprochement %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object of match settings: %2</source>
        <translation>%1 n&apos;est pas un objet JSON de réglages de rapprochement : %2</translation>
    </message>
    <message>
        <source>same position</source>
        <translation>même position</translation>
    </message>
    <message>
        <source>%1 m apart</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km apart</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>position missing</source>
        <translation>position manquante</translation>
    </message>
    <message>
        <source>names %1 % alike</source>
        <translation>noms semblables à %1 %</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>même adresse</translation>
    </message>
    <message numerus="yes">
        <source>website shared by %n places (chain)</source>
        <translation>
            <numerusform>site web partagé par %n lieu (réseau)</numerusform>
            <numerusform>site web partagé par %n lieux (réseau)</numerusform>
        </translation>
    </message>
    <message>
        <source>same website</source>
        <translation>même site web</translation>
    </message>
    <message>
        <source>same website host</source>
        <translation>même domaine de site web</translation>
    </message>
    <message>
        <source>different websites</source>
        <translation>sites web différents</translation>
    </message>
    <message>
        <source>same Twitter account</source>
        <translation>même compte Twitter</translation>
    </message>
    <message>
        <source>same Facebook page</source>
        <translation>même page Facebook</translation>
    </message>
    <message>
        <source>different social accounts</source>
        <translation>comptes sociaux différents</translation>
    </message>
    <message>
        <source>different postcodes</source>
        <translation>codes postaux différents</translation>
    </message>
    <message>
        <source>coworking and fablab</source>
        <translation>coworking et fablab</translation>
    </message>
    <message>
        <source>one is marked closed</source>
        <translation>l&apos;un est marqué fermé</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between parts of an explanation</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is not a file of cross-source labels: its first line must be source_key,source_name,cget_ids,label[,reason]</source>
        <translation>%1 n’est pas un fichier d’étiquettes entre sources : sa première ligne doit être source_key,source_name,cget_ids,label[,reason]</translation>
    </message>
    <message>
        <source>%1, line %2: the label must be same, none or unsure</source>
        <translation>%1, ligne %2 : l’étiquette doit être same, none ou unsure</translation>
    </message>
    <message>
        <source>pages of one website (branches)</source>
        <translation>pages d’un même site web (antennes)</translation>
    </message>
    <message>
        <source>different streets</source>
        <translation>rues différentes</translation>
    </message>
    <message>
        <source>a rare name word in common</source>
        <translation>un mot rare du nom en commun</translation>
    </message>
    <message>
        <source>an address without street (position approximate)</source>
        <translation>une adresse sans voie (position approximative)</translation>
    </message>
</context>
<context>
    <name>recoupe::AuditView</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
</context>
<context>
    <name>recoupe::BatchAcceptDialog</name>
    <message>
        <source>Accept merges in batch</source>
        <translation>Accepter des fusions en lot</translation>
    </message>
    <message>
        <source>Merge these groups</source>
        <translation>Fusionner ces groupes</translation>
    </message>
    <message>
        <source>Every pair scores at least</source>
        <translation>Chaque paire a un score d&apos;au moins</translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>Groupe %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) will be merged as proposed (one undo step).</source>
        <translation>
            <numerusform>%n groupe sera fusionné comme proposé (une seule étape d&apos;annulation).</numerusform>
            <numerusform>%n groupes seront fusionnés comme proposé (une seule étape d&apos;annulation).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Les %1 premiers sont listés.</translation>
    </message>
</context>
<context>
    <name>recoupe::CandidateList</name>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Enter or double-click: show the two places together</source>
        <translation>Entrée ou double-clic : afficher les deux lieux ensemble</translation>
    </message>
    <message>
        <source>No place selected</source>
        <translation>Aucun lieu sélectionné</translation>
    </message>
    <message>
        <source>very likely the same</source>
        <translation>très probablement le même</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>No candidate duplicate for this place in the last search (Duplicates ▸ Find).</source>
        <translation>Aucun doublon possible pour ce lieu dans la dernière recherche (Doublons ▸ Rechercher).</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate duplicate(s) from the last search.</source>
        <translation>
            <numerusform>%n doublon possible trouvé par la dernière recherche.</numerusform>
            <numerusform>%n doublons possibles trouvés par la dernière recherche.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, key %2</source>
        <translation>%1, clé %2</translation>
    </message>
</context>
<context>
    <name>recoupe::ClassifyActions</name>
    <message>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <source>Alt+0</source>
        <translation>Alt+0</translation>
    </message>
    <message>
        <source>&amp;Excluded…</source>
        <translation>&amp;Exclu…</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <translation>&amp;Inconnu</translation>
    </message>
    <message>
        <source>Give the selected places this type (one undoable step)</source>
        <translation>Donner ce type aux lieux sélectionnés (une seule étape annulable)</translation>
    </message>
    <message>
        <source>Accept the &amp;suggested type</source>
        <translation>Accepter le type &amp;suggéré</translation>
    </message>
    <message>
        <source>Alt+S</source>
        <translation>Alt+S</translation>
    </message>
    <message>
        <source>Give each selected place its suggested type (one undoable step)</source>
        <translation>Donner à chaque lieu sélectionné son type suggéré (une seule étape annulable)</translation>
    </message>
    <message>
        <source>&amp;Compute the suggestions again</source>
        <translation>&amp;Recalculer les suggestions</translation>
    </message>
    <message>
        <source>Suggested types computed.</source>
        <translation>Types suggérés calculés.</translation>
    </message>
    <message>
        <source>Exclude places</source>
        <translation>Exclure des lieux</translation>
    </message>
    <message>
        <source>Needed for “other”</source>
        <translation>Obligatoire pour « autre »</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Select places first (table, map or review panel).</source>
        <translation>Sélectionnez d&apos;abord des lieux (tableau, carte ou panneau de revue).</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) classified as %1.</source>
        <translation>
            <numerusform>%n lieu classé : %1.</numerusform>
            <numerusform>%n lieux classés : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) took their suggested type.</source>
        <translation>
            <numerusform>%n lieu a pris son type suggéré.</numerusform>
            <numerusform>%n lieux ont pris leur type suggéré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing the suggested types…</source>
        <translation>Calcul des types suggérés…</translation>
    </message>
</context>
<context>
    <name>recoupe::DuplicateSearch</name>
    <message>
        <source>Looking for candidate duplicates…</source>
        <translation>Recherche des doublons possibles…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Candidate duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Search for duplicates cancelled: the previous candidates are kept.</source>
        <translation>Recherche des doublons annulée : les candidats précédents sont conservés.</translation>
    </message>
    <message>
        <source>Search for duplicates failed: %1</source>
        <translation>Échec de la recherche des doublons : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidate pair(s) among %1 records: %2 very likely, %3 to review (%4 s).</source>
        <translation>
            <numerusform>%Ln paire candidate parmi %1 enregistrements : %2 très probables, %3 à vérifier (%4 s).</numerusform>
            <numerusform>%Ln paires candidates parmi %1 enregistrements : %2 très probables, %3 à vérifier (%4 s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recoupe::ExportDialog</name>
    <message>
        <source>Export a snapshot</source>
        <translation>Exporter un instantané</translation>
    </message>
    <message>
        <source>CSV (comma, decimal point)</source>
        <translation>CSV (virgule, point décimal)</translation>
    </message>
    <message>
        <source>CSV for French spreadsheets (semicolon, decimal comma)</source>
        <translation>CSV pour tableurs français (point-virgule, virgule décimale)</translation>
    </message>
    <message>
        <source>GeoJSON</source>
        <translation>GeoJSON</translation>
    </message>
    <message>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <source>CGET 2019 (the columns of the 2019 publication)</source>
        <translation>CGET 2019 (les colonnes de la publication de 2019)</translation>
    </message>
    <message>
        <source>Recoupe (place ids, type, exclusion reason, geography, sources)</source>
        <translation>Recoupe (identifiants des lieux, type, motif d&apos;exclusion, géographie, sources)</translation>
    </message>
    <message>
        <source>Public: for publication, without personal data</source>
        <translation>Public : pour publication, sans données personnelles</translation>
    </message>
    <message>
        <source>Every place (the filter bar shows them all)</source>
        <translation>Tous les lieux (la barre de filtre les montre tous)</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n places of the current filter (%1)</source>
        <translation>
            <numerusform>Seulement les %n lieux du filtre actuel (%1)</numerusform>
            <numerusform>Seulement les %n lieux du filtre actuel (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>Lieux :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l&apos;export</translation>
    </message>
    <message>
        <source>New snapshot</source>
        <translation>Nouvel instantané</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Save the differences as CSV…</source>
        <translation>Enregistrer les différences en CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Snapshots of this project</source>
        <translation>Instantanés de ce projet</translation>
    </message>
    <message>
        <source>Left out: the columns %1, e-mail addresses and telephone numbers found inside other fields, and the curators&apos; internal notes.</source>
        <translation>Laissé de côté : les colonnes %1, les adresses e-mail et numéros de téléphone trouvés dans d&apos;autres champs, et les notes internes des curateurs.</translation>
    </message>
    <message>
        <source>This snapshot will hold personal data (%1): do not publish it.</source>
        <translation>Cet instantané contiendra des données personnelles (%1) : ne le publiez pas.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written, an earlier file of that name is intact.</source>
        <translation>Export annulé : rien n&apos;a été écrit, un fichier antérieur du même nom est intact.</translation>
    </message>
    <message>
        <source>The export failed, nothing was written: %1</source>
        <translation>L&apos;export a échoué, rien n&apos;a été écrit : %1</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1: %n places written to %2, with %3 and %4.</source>
        <translation>
            <numerusform>Instantané %1 : %n lieux écrits dans %2, avec %3 et %4.</numerusform>
            <numerusform>Instantané %1 : %n lieux écrits dans %2, avec %3 et %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: the columns %1; %2 e-mail addresses and %3 telephone numbers inside other fields; internal notes.</source>
        <translation>Laissé de côté : les colonnes %1 ; %2 adresses e-mail et %3 numéros de téléphone dans d&apos;autres champs ; notes internes.</translation>
    </message>
    <message>
        <source>%1 text cells that a spreadsheet would run as formulas begin with an apostrophe.</source>
        <translation>%1 cellules de texte qu&apos;un tableur exécuterait comme formules commencent par une apostrophe.</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 places)</source>
        <translation>%1 — %2 (%3 lieux)</translation>
    </message>
    <message>
        <source>Two snapshots are needed to compare.</source>
        <translation>Il faut deux instantanés pour comparer.</translation>
    </message>
    <message>
        <source>Save the differences</source>
        <translation>Enregistrer les différences</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>recoupe::FilterBar</name>
    <message>
        <source>Search names, addresses, communes (Ctrl+F)</source>
        <translation>Chercher dans les noms, adresses, communes (Ctrl+F)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All régions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Has candidate duplicates</source>
        <translation>A des doublons possibles</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>A des problèmes</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Show every place</source>
        <translation>Afficher tous les lieux</translation>
    </message>
    <message>
        <source>All départements</source>
        <translation>Tous les départements</translation>
    </message>
    <message>
        <source>Places with a candidate duplicate found by the last search (Duplicates ▸ Find), not decided yet</source>
        <translation>Lieux ayant un doublon possible trouvé par la dernière recherche (Doublons ▸ Rechercher), pas encore tranché</translation>
    </message>
    <message>
        <source>Métropole the place lies in (computed from its position)</source>
        <translation>Métropole où se trouve le lieu (calculée d&apos;après sa position)</translation>
    </message>
    <message>
        <source>Population of the place&apos;s employment zone (2020), in the classes of the CGET</source>
        <translation>Population de la zone d&apos;emploi (2020) du lieu, dans les classes du CGET</translation>
    </message>
    <message>
        <source>All employment zones</source>
        <translation>Toutes les zones d&apos;emploi</translation>
    </message>
    <message>
        <source>Errors and warnings of the checker (recoupe-cli check), or no coordinates, no postcode, no name, or a position outside France</source>
        <translation>Erreurs et avertissements du contrôle (recoupe-cli check), ou pas de coordonnées, de code postal, de nom, ou une position hors de France</translation>
    </message>
    <message>
        <source>In a métropole or not</source>
        <translation>Métropole ou non</translation>
    </message>
    <message>
        <source>In any métropole</source>
        <translation>Dans une métropole</translation>
    </message>
    <message>
        <source>Suggested type differs</source>
        <translation>Type suggéré différent</translation>
    </message>
    <message>
        <source>Places whose suggested type (Classify menu) is not their type, or whose sources disagree on it</source>
        <translation>Lieux dont le type suggéré (menu Classer) n&apos;est pas leur type, ou dont les sources ne s&apos;accordent pas sur le type</translation>
    </message>
</context>
<context>
    <name>recoupe::GeographyView</name>
    <message>
        <source>Geography (computed from the position)</source>
        <translation>Géographie (calculée d&apos;après la position)</translation>
    </message>
    <message>
        <source>Région</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Métropole</source>
        <translation>Métropole</translation>
    </message>
    <message>
        <source>Employment zone 2020</source>
        <translation>Zone d&apos;emploi 2020</translation>
    </message>
    <message>
        <source>Employment zone 2010</source>
        <translation>Zone d&apos;emploi 2010</translation>
    </message>
    <message>
        <source>computed, nearest (%1 m)</source>
        <translation>calculé, le plus proche (%1 m)</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>calculé</translation>
    </message>
    <message>
        <source>%1 (%2); the point lies in no polygon of this layer: the nearest, at most %3 m away</source>
        <translation>%1 (%2) ; le point n&apos;est dans aucun polygone de cette couche : le plus proche, à %3 m au plus</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>non calculée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 – %2, population %3 (class %4)</source>
        <translation>%1 – %2, population %3 (classe %4)</translation>
    </message>
</context>
<context>
    <name>recoupe::ImportDialog</name>
    <message>
        <source>Import a source</source>
        <translation>Importer une source</translation>
    </message>
    <message>
        <source>CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile, KML or JSON file</source>
        <translation>Fichier CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile, KML ou JSON</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Detect from the columns</source>
        <translation>Détecter d’après les colonnes</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>&amp;Source name:</source>
        <translation>Nom de la &amp;source :</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Sources (*.csv *.xlsx *.ods *.geojson *.json *.gpkg *.shp *.kml);;All files (*)</source>
        <translation>Sources (*.csv *.xlsx *.ods *.geojson *.json *.gpkg *.shp *.kml);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Read with the profile “%1”; %n row(s) to import.</source>
        <translation>
            <numerusform>Lu avec le profil « %1 » ; %n ligne à importer.</numerusform>
            <numerusform>Lu avec le profil « %1 » ; %n lignes à importer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read with the profile “%1”.</source>
        <translation>Lu avec le profil « %1 ».</translation>
    </message>
    <message>
        <source>(from the geometry)</source>
        <translation>(d’après la géométrie)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Import cancelled: the project is unchanged.</source>
        <translation>Import annulé : le projet est inchangé.</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Échec de l’import : %1</translation>
    </message>
    <message>
        <source>Imported %1 into the source “%2”.</source>
        <translation>%1 importé dans la source « %2 ».</translation>
    </message>
    <message>
        <source>Save the report as CSV…</source>
        <translation>Enregistrer le rapport en CSV…</translation>
    </message>
    <message>
        <source>Detect from the columns (found: %1)</source>
        <translation>Détecter d&apos;après les colonnes (trouvé : %1)</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Enregistrer le rapport d&apos;import</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Le rapport n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Rapport enregistré : %1</translation>
    </message>
</context>
<context>
    <name>recoupe::ImportProblemsDialog</name>
    <message>
        <source>Import problems</source>
        <translation>Problèmes d&apos;import</translation>
    </message>
    <message numerus="yes">
        <source>Values of the latest import of each source that could not be used as they were (the raw records keep them as read): %n problem(s).</source>
        <translation>
            <numerusform>Valeurs du dernier import de chaque source qui n&apos;ont pas pu être utilisées telles quelles (les enregistrements bruts les gardent telles que lues) : %n problème.</numerusform>
            <numerusform>Valeurs du dernier import de chaque source qui n&apos;ont pas pu être utilisées telles quelles (les enregistrements bruts les gardent telles que lues) : %n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>recoupe::MainWindow</name>
    <message>
        <source>Recoupe</source>
        <translation>Recoupe</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>&lt;project opened&gt;</source>
        <translation>&lt;projet ouvert&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>No recent project</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>&amp;Import a source…</source>
        <translation>&amp;Importer une source…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import a source file into this project (Ctrl+I)</source>
        <translation>Importer un fichier source dans ce projet (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
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
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Edit the place</source>
        <translation>&amp;Modifier le lieu</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows as CSV</source>
        <translation>&amp;Copier les lignes sélectionnées en CSV</translation>
    </message>
    <message>
        <source>Ctrl+C in the table</source>
        <translation>Ctrl+C dans le tableau</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrer…</translation>
    </message>
    <message>
        <source>Show &amp;all places</source>
        <translation>Afficher &amp;tous les lieux</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Zoom to selection</source>
        <translation>&amp;Zoomer sur la sélection</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Zoom to &amp;all places</source>
        <translation>Zoomer sur &amp;tous les lieux</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Move places on the map</source>
        <translation>&amp;Déplacer des lieux sur la carte</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Drag a selected place to move it (or Alt+drag at any time)</source>
        <translation>Faites glisser un lieu sélectionné pour le déplacer (ou Alt+glisser à tout moment)</translation>
    </message>
    <message>
        <source>&amp;Online map tiles</source>
        <translation>&amp;Tuiles de carte en ligne</translation>
    </message>
    <message>
        <source>OpenStreetMap tiles under the places; the bundled boundaries are always drawn</source>
        <translation>Tuiles OpenStreetMap sous les lieux ; les limites fournies sont toujours dessinées</translation>
    </message>
    <message>
        <source>Go to the &amp;table</source>
        <translation>Aller au &amp;tableau</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Go to the &amp;map</source>
        <translation>Aller à la &amp;carte</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Recoupe</source>
        <translation>À &amp;propos de Recoupe</translation>
    </message>
    <message>
        <source>Data &amp;licences and attributions</source>
        <translation>&amp;Licences et attributions des données</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) shown of %1</source>
        <translation>
            <numerusform>%Ln lieu affiché sur %1</numerusform>
            <numerusform>%Ln lieux affichés sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Recoupe projects (*.recoupe)</source>
        <translation>Projets Recoupe (*.recoupe)</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Recoupe projects (*.recoupe);;All files (*)</source>
        <translation>Projets Recoupe (*.recoupe);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>About Recoupe</source>
        <translation>À propos de Recoupe</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recoupe %1&lt;/h3&gt;&lt;p&gt;Cross-checks and curates the national database of tiers lieux (coworkings, fablabs) for the ANCT.&lt;/p&gt;&lt;p&gt;Licence: GPL 3.0 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Recoupe %1&lt;/h3&gt;&lt;p&gt;Recoupe et organise la base nationale des tiers lieux (coworkings, fablabs) pour l’ANCT.&lt;/p&gt;&lt;p&gt;Licence : GPL 3.0 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Data licences and attributions</source>
        <translation>Licences et attributions des données</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Data&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Base des tiers lieux 2019&lt;/b&gt; — CGET (now ANCT), Mission Coworking: Territoires, Travail, Numérique. Licence Ouverte / Open Licence 2.0 (Etalab).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Carte des fablabs de Bretagne&lt;/b&gt; — MapLabBZH, licence CC BY 4.0.&lt;/li&gt;&lt;li&gt;&lt;b&gt;fablabs.io&lt;/b&gt; — the list of fablabs of the Fab Foundation&apos;s fablabs.io, with its terms.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenStreetMap&lt;/b&gt; — © OpenStreetMap contributors, Open Database Licence (ODbL) 1.0; map tiles from openstreetmap.org under its tile usage policy.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Boundaries of régions and départements&lt;/b&gt; — IGN Admin Express, Licence Ouverte 2.0, simplified.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Each imported source keeps its licence and attribution in the project; exports carry them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Données&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Base des tiers lieux 2019&lt;/b&gt; — CGET (aujourd’hui ANCT), Mission Coworking : Territoires, Travail, Numérique. Licence Ouverte / Open Licence 2.0 (Etalab).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Carte des fablabs de Bretagne&lt;/b&gt; — MapLabBZH, licence CC BY 4.0.&lt;/li&gt;&lt;li&gt;&lt;b&gt;fablabs.io&lt;/b&gt; — la liste des fablabs de fablabs.io (Fab Foundation), selon ses conditions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenStreetMap&lt;/b&gt; — © les contributeurs d’OpenStreetMap, Open Database Licence (ODbL) 1.0 ; tuiles de openstreetmap.org selon sa politique d’usage des tuiles.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Limites des régions et départements&lt;/b&gt; — IGN Admin Express, Licence Ouverte 2.0, simplifiées.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Chaque source importée garde sa licence et son attribution dans le projet ; les exports les portent.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>&amp;Doublons</translation>
    </message>
    <message>
        <source>&amp;Find candidate duplicates</source>
        <translation>&amp;Rechercher les doublons possibles</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Compare every record of the project, within and across sources, and mark the places that may be the same</source>
        <translation>Comparer tous les enregistrements du projet, dans et entre les sources, et signaler les lieux qui pourraient être les mêmes</translation>
    </message>
    <message>
        <source>&amp;Show places with candidate duplicates</source>
        <translation>&amp;Afficher les lieux ayant des doublons possibles</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Map tile &amp;server…</source>
        <translation>&amp;Serveur de tuiles de carte…</translation>
    </message>
    <message>
        <source>Candidate duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Go to the &amp;candidate duplicates</source>
        <translation>Aller aux &amp;doublons possibles</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>A search for duplicates is running: the new language will apply at the next start, or choose it again once the search has ended.</source>
        <translation>Une recherche de doublons est en cours : la nouvelle langue s’appliquera au prochain démarrage, ou choisissez-la de nouveau une fois la recherche terminée.</translation>
    </message>
    <message>
        <source>Source imported: Duplicates ▸ Find (Ctrl+D) compares its records with the others.</source>
        <translation>Source importée : Doublons ▸ Rechercher (Ctrl+D) compare ses enregistrements aux autres.</translation>
    </message>
    <message>
        <source>Review duplicates</source>
        <translation>Revue des doublons</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Review candidate duplicates</source>
        <translation>&amp;Revoir les doublons possibles</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Decide the candidate groups of the last search one by one, and merge them</source>
        <translation>Décider un à un les groupes candidats de la dernière recherche, et les fusionner</translation>
    </message>
    <message>
        <source>&amp;Accept merges in batch…</source>
        <translation>&amp;Accepter des fusions en lot…</translation>
    </message>
    <message>
        <source>C&amp;lassify</source>
        <translation>C&amp;lasser</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Export a snapshot…</source>
        <translation>&amp;Exporter un instantané…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Write the places shown to a dated file for publication, with its metadata, and compare snapshots (Ctrl+Shift+S)</source>
        <translation>Écrire les lieux affichés dans un fichier daté pour publication, avec ses métadonnées, et comparer les instantanés (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Snapshot %1 exported.</source>
        <translation>Instantané %1 exporté.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) selected</source>
        <translation>
            <numerusform>%n lieu sélectionné</numerusform>
            <numerusform>%n lieux sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest imports found %n value(s) they could not use: File ▸ Import problems.</source>
        <translation>
            <numerusform>Les derniers imports ont trouvé %n valeur inutilisable : Fichier ▸ Problèmes d&apos;import.</numerusform>
            <numerusform>Les derniers imports ont trouvé %n valeurs inutilisables : Fichier ▸ Problèmes d&apos;import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;problems…</source>
        <translation>&amp;Problèmes d&apos;import…</translation>
    </message>
    <message>
        <source>The values the latest import of each source could not use</source>
        <translation>Les valeurs que le dernier import de chaque source n&apos;a pas pu utiliser</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Recompute the &amp;geography…</source>
        <translation>Recalculer la &amp;géographie…</translation>
    </message>
    <message>
        <source>Compute the région, département, EPCI, métropole and zones d&apos;emploi of every place again from the bundled layers</source>
        <translation>Recalculer la région, le département, l&apos;EPCI, la métropole et les zones d&apos;emploi de chaque lieu d&apos;après les couches intégrées</translation>
    </message>
    <message>
        <source>Recompute the geography</source>
        <translation>Recalculer la géographie</translation>
    </message>
    <message>
        <source>Compute the geography of every place again, in the background? The undo history starts again afterwards (the audit log keeps every step).</source>
        <translation>Recalculer la géographie de chaque lieu, en arrière-plan ? L&apos;historique d&apos;annulation repart ensuite de zéro (le journal d&apos;audit garde chaque étape).</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>The imported places are checked: the “Has problems” filter now takes them into account.</source>
        <translation>Les lieux importés sont vérifiés : le filtre « A des problèmes » les prend désormais en compte.</translation>
    </message>
</context>
<context>
    <name>recoupe::MergeChooser</name>
    <message>
        <source>Kept: %1</source>
        <translation>Conservé : %1</translation>
    </message>
    <message>
        <source>Typed value</source>
        <translation>Valeur saisie</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>Typed by hand</source>
        <translation>Saisi à la main</translation>
    </message>
    <message>
        <source>another value</source>
        <translation>autre valeur</translation>
    </message>
    <message>
        <source>Move the merged place on the map instead</source>
        <translation>Déplacez plutôt le lieu fusionné sur la carte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>recoupe::NoticeBar</name>
    <message>
        <source>Close this notice</source>
        <translation>Fermer cet avis</translation>
    </message>
</context>
<context>
    <name>recoupe::PlaceTableModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Removed from its sources</source>
        <translation>Retiré de ses sources</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Twitter</source>
        <translation>Twitter</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Région</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Métropole</source>
        <translation>Métropole</translation>
    </message>
    <message>
        <source>Employment zone</source>
        <translation>Zone d&apos;emploi</translation>
    </message>
    <message>
        <source>Employment zone class</source>
        <translation>Classe de zone d&apos;emploi</translation>
    </message>
</context>
<context>
    <name>recoupe::PlaceTableView</name>
    <message>
        <source>Click to sort; right-click to choose the columns</source>
        <translation>Cliquez pour trier ; clic droit pour choisir les colonnes</translation>
    </message>
</context>
<context>
    <name>recoupe::ProblemModel</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translation>information</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
</context>
<context>
    <name>recoupe::ProblemsPanel</name>
    <message>
        <source>All problems</source>
        <translation>Tous les problèmes</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôler</translation>
    </message>
    <message>
        <source>Check every place again</source>
        <translation>Contrôler à nouveau tous les lieux</translation>
    </message>
    <message>
        <source>Fix selected</source>
        <translation>Corriger la sélection</translation>
    </message>
    <message>
        <source>Fix all shown</source>
        <translation>Corriger tout ce qui est affiché</translation>
    </message>
    <message>
        <source>Apply every fix of the problems listed, in one step (Ctrl+Z undoes it)</source>
        <translation>Appliquer toutes les corrections des problèmes listés, en une étape (Ctrl+Z l&apos;annule)</translation>
    </message>
    <message>
        <source>The fixes could not be applied: %1</source>
        <translation>Les corrections n&apos;ont pas pu être appliquées : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) fixed (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>%n problème corrigé (Ctrl+Z l&apos;annule)</numerusform>
            <numerusform>%n problèmes corrigés (Ctrl+Z l&apos;annule)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 problems shown of %2; %3 with a fix</source>
        <translation>%1 problèmes affichés sur %2 ; %3 avec une correction</translation>
    </message>
</context>
<context>
    <name>recoupe::RecordDetails</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>removed from the source</source>
        <translation>retiré de la source</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil : %1</translation>
    </message>
</context>
<context>
    <name>recoupe::RecordEditor</name>
    <message>
        <source>Where this value comes from</source>
        <translation>D’où vient cette valeur</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>Lieu %1</translation>
    </message>
    <message>
        <source>No place selected</source>
        <translation>Aucun lieu sélectionné</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Split back into the merged places</source>
        <translation>Séparer en lieux d&apos;origine</translation>
    </message>
    <message>
        <source>Bring back the places this one absorbed, as they were; their pairs become “different places”</source>
        <translation>Rétablir les lieux que celui-ci a absorbés, tels qu&apos;ils étaient ; leurs paires deviennent « lieux différents »</translation>
    </message>
    <message>
        <source>Accept the suggested type</source>
        <translation>Accepter le type suggéré</translation>
    </message>
    <message>
        <source>Classify ▸ Accept the suggested type (Alt+S)</source>
        <translation>Classer ▸ Accepter le type suggéré (Alt+S)</translation>
    </message>
    <message>
        <source>Excluded: %1</source>
        <translation>Exclu : %1</translation>
    </message>
    <message>
        <source>Suggested: %1, %2 % sure — %3</source>
        <translation>Suggéré : %1, sûr à %2 % — %3</translation>
    </message>
    <message>
        <source>Disputed: the sources of its records disagree on the type.</source>
        <translation>Contesté : les sources de ses enregistrements ne s&apos;accordent pas sur le type.</translation>
    </message>
    <message>
        <source>“%1” was not kept for %2: %3</source>
        <translation>« %1 » n&apos;a pas été gardé pour %2 : %3</translation>
    </message>
</context>
<context>
    <name>recoupe::ReviewPanel</name>
    <message>
        <source>Every verdict</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <source>Very likely the same</source>
        <translation>Très probablement le même</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>score ≥ </source>
        <translation>score ≥ </translation>
    </message>
    <message>
        <source>≤ </source>
        <translation>≤ </translation>
    </message>
    <message>
        <source>All régions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Still to review</source>
        <translation>Reste à examiner</translation>
    </message>
    <message>
        <source>Blind (hide score and verdict)</source>
        <translation>À l&apos;aveugle (masquer score et verdict)</translation>
    </message>
    <message>
        <source>Review without the machine&apos;s opinion, so as not to be anchored by it</source>
        <translation>Examiner sans l&apos;avis de la machine, pour ne pas être influencé</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paire</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>With a pair chosen here, D, U and M apply to that pair only</source>
        <translation>Avec une paire choisie ici, D, U et M ne s&apos;appliquent qu&apos;à elle</translation>
    </message>
    <message>
        <source>Original attributes</source>
        <translation>Attributs d&apos;origine</translation>
    </message>
    <message>
        <source>Same place: merge</source>
        <translation>Même lieu : fusionner</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Merge as proposed</source>
        <translation>Fusionner comme proposé</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Different places</source>
        <translation>Lieux différents</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>Split the merged place</source>
        <translation>Séparer le lieu fusionné</translation>
    </message>
    <message>
        <source>Accept in batch…</source>
        <translation>Accepter en lot…</translation>
    </message>
    <message>
        <source>Merge every group whose pairs are all very likely the same above a score you set</source>
        <translation>Fusionner chaque groupe dont toutes les paires sont très probablement le même lieu au-dessus d&apos;un score choisi</translation>
    </message>
    <message>
        <source>Every source</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>No candidate duplicates to review: run Duplicates ▸ Find (Ctrl+D).</source>
        <translation>Aucun doublon possible à examiner : lancez Doublons ▸ Rechercher (Ctrl+D).</translation>
    </message>
    <message>
        <source>No group chosen.</source>
        <translation>Aucun groupe choisi.</translation>
    </message>
    <message numerus="yes">
        <source>Group %1 · %n place(s)</source>
        <translation>
            <numerusform>Groupe %1 · %n lieu</numerusform>
            <numerusform>Groupe %1 · %n lieux</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 apart</source>
        <translation> · à %1 l&apos;un de l&apos;autre</translation>
    </message>
    <message>
        <source> · score %1 · %2</source>
        <translation> · score %1 · %2</translation>
    </message>
    <message>
        <source>very likely the same</source>
        <translation>très probablement le même</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source> · examined</source>
        <translation> · examiné</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n examined</source>
        <translation>
            <numerusform>%1 sur %n examiné</numerusform>
            <numerusform>%1 sur %n examinés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to go</source>
        <translation>
            <numerusform>%n restant</numerusform>
            <numerusform>%n restants</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 decisions per hour · %2</source>
        <translation>%1 décisions par heure · %2</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>%1: group %2</source>
        <translation>%1 : groupe %2</translation>
    </message>
</context>
<context>
    <name>recoupe::ReviewQueueModel</name>
    <message>
        <source>examined</source>
        <translation>examiné</translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>%1 sur %2 décidées</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paires</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>recoupe::SourcesPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Liés</translation>
    </message>
    <message>
        <source>Disagreeing</source>
        <translation>En désaccord</translation>
    </message>
    <message>
        <source>On the fields</source>
        <translation>Sur les champs</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>Avec problèmes</translation>
    </message>
    <message>
        <source>Problems by code</source>
        <translation>Problèmes par code</translation>
    </message>
    <message>
        <source>Computing the geography of every place…</source>
        <translation>Calcul de la géographie de chaque lieu…</translation>
    </message>
    <message numerus="yes">
        <source>Geography computed for %n place(s) (%1 in a département, %2 given the nearest one, %3 in none) in %4 s.</source>
        <translation>
            <numerusform>Géographie calculée pour %n lieu (%1 dans un département, %2 rattaché au plus proche, %3 dans aucun) en %4 s.</numerusform>
            <numerusform>Géographie calculée pour %n lieux (%1 dans un département, %2 rattachés au plus proche, %3 dans aucun) en %4 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The geography could not be computed: %1</source>
        <translation>La géographie n&apos;a pas pu être calculée : %1</translation>
    </message>
    <message>
        <source>Working out the quality of each source…</source>
        <translation>Calcul de la qualité de chaque source…</translation>
    </message>
    <message>
        <source>The quality could not be worked out: %1</source>
        <translation>La qualité n’a pas pu être calculée : %1</translation>
    </message>
</context>
<context>
    <name>recoupe::TileSourceDialog</name>
    <message>
        <source>Map tile server</source>
        <translation>Serveur de tuiles de carte</translation>
    </message>
    <message>
        <source>&amp;Address template:</source>
        <translation>&amp;Modèle d’adresse :</translation>
    </message>
    <message>
        <source>A&amp;ttribution (always shown):</source>
        <translation>A&amp;ttribution (toujours affichée) :</translation>
    </message>
    <message>
        <source>Deepest &amp;zoom:</source>
        <translation>&amp;Zoom le plus fin :</translation>
    </message>
    <message>
        <source>{z}, {x} and {y} stand for the zoom level and the tile&apos;s column and row. Respect the server&apos;s usage policy.</source>
        <translation>{z}, {x} et {y} désignent le niveau de zoom, la colonne et la ligne de la tuile. Respectez la politique d’usage du serveur.</translation>
    </message>
    <message>
        <source>&amp;OpenStreetMap</source>
        <translation>&amp;OpenStreetMap</translation>
    </message>
    <message>
        <source>The address needs {z}, {x} and {y} (and no {s}).</source>
        <translation>L’adresse doit contenir {z}, {x} et {y} (et pas {s}).</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Basemap</name>
    <message>
        <source>Cannot prepare the basemap data in memory.</source>
        <translation>Cannot prepare the basemap data in memory.</translation>
    </message>
    <message>
        <source>Cannot read the basemap: %1</source>
        <translation>Cannot read the basemap: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>No coordinates: the place is not on the map</source>
        <translation>No coordinates: the place is not on the map</translation>
    </message>
    <message>
        <source>swap longitude and latitude</source>
        <translation>swap longitude and latitude</translation>
    </message>
    <message>
        <source>Longitude and latitude are swapped: %1, %2 is outside France, %2, %1 is in it</source>
        <translation>Longitude and latitude are swapped: %1, %2 is outside France, %2, %1 is in it</translation>
    </message>
    <message>
        <source>Position %1, %2 is outside France and its overseas territories</source>
        <translation>Position %1, %2 is outside France and its overseas territories</translation>
    </message>
    <message>
        <source>%1 places have exactly this position (one building, or a position of the commune)</source>
        <translation>%1 places have exactly this position (one building, or a position of the commune)</translation>
    </message>
    <message>
        <source>The postcode %1 is in département %2, the position in %3 (%4): one of them is wrong</source>
        <translation>The postcode %1 is in département %2, the position in %3 (%4): one of them is wrong</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>No name</translation>
    </message>
    <message>
        <source>The name holds a note on the place&apos;s state: “%1”</source>
        <translation>The name holds a note on the place&apos;s state: “%1”</translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation>name: %1</translation>
    </message>
    <message>
        <source>The name looks cut short: “%1”</source>
        <translation>The name looks cut short: “%1”</translation>
    </message>
    <message>
        <source>%1 has broken accents (text decoded twice): “%2”</source>
        <translation>%1 has broken accents (text decoded twice): “%2”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>An e-mail address in %1, a public field: it may be personal data</source>
        <translation>An e-mail address in %1, a public field: it may be personal data</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>facebook: %1, website emptied</source>
        <translation>facebook: %1, website emptied</translation>
    </message>
    <message>
        <source>twitter: %1, website emptied</source>
        <translation>twitter: %1, website emptied</translation>
    </message>
    <message>
        <source>The website is a social network page: %1</source>
        <translation>The website is a social network page: %1</translation>
    </message>
    <message>
        <source>website: %1</source>
        <translation>website: %1</translation>
    </message>
    <message>
        <source>The source gives an e-mail address as website (column %1)</source>
        <translation>The source gives an e-mail address as website (column %1)</translation>
    </message>
    <message>
        <source>Several addresses glued in one website value: “%1”</source>
        <translation>Several addresses glued in one website value: “%1”</translation>
    </message>
    <message>
        <source>Text around the web address: “%1”</source>
        <translation>Text around the web address: “%1”</translation>
    </message>
    <message>
        <source>Not a web address in column %1 (left out at import)</source>
        <translation>Not a web address in column %1 (left out at import)</translation>
    </message>
    <message>
        <source>The web address has broken accents: “%1”</source>
        <translation>The web address has broken accents: “%1”</translation>
    </message>
    <message>
        <source>A Facebook address in the Twitter column: %1</source>
        <translation>A Facebook address in the Twitter column: %1</translation>
    </message>
    <message>
        <source>facebook: %1</source>
        <translation>facebook: %1</translation>
    </message>
    <message>
        <source>Not a Twitter account: “%1”</source>
        <translation>Not a Twitter account: “%1”</translation>
    </message>
    <message>
        <source>A Twitter address in the Facebook column: %1</source>
        <translation>A Twitter address in the Facebook column: %1</translation>
    </message>
    <message>
        <source>twitter: %1</source>
        <translation>twitter: %1</translation>
    </message>
    <message>
        <source>Not a Facebook page: “%1”</source>
        <translation>Not a Facebook page: “%1”</translation>
    </message>
    <message>
        <source>The source&apos;s social handle has broken accents (repaired at import): “%1”</source>
        <translation>The source&apos;s social handle has broken accents (repaired at import): “%1”</translation>
    </message>
    <message>
        <source>The source gives postcode “%1”, a placeholder: the postcode is unknown</source>
        <translation>The source gives postcode “%1”, a placeholder: the postcode is unknown</translation>
    </message>
    <message>
        <source>The source&apos;s postcode %1 lost a zero: the position (in département %2) says %3, not 0%1</source>
        <translation>The source&apos;s postcode %1 lost a zero: the position (in département %2) says %3, not 0%1</translation>
    </message>
    <message>
        <source>postcode: %1</source>
        <translation>postcode: %1</translation>
    </message>
    <message>
        <source>The source&apos;s postcode %1 lost its leading zero (0%1 kept)</source>
        <translation>The source&apos;s postcode %1 lost its leading zero (0%1 kept)</translation>
    </message>
    <message>
        <source>Geocoding precision %1 is not on the 0–1 scale of the other rows</source>
        <translation>Geocoding precision %1 is not on the 0–1 scale of the other rows</translation>
    </message>
    <message>
        <source>Geocoding precision %1 is low: the position may be the street&apos;s or the commune&apos;s</source>
        <translation>Geocoding precision %1 is low: the position may be the street&apos;s or the commune&apos;s</translation>
    </message>
    <message>
        <source>The source says département %1, the position is in %2 (%3)</source>
        <translation>The source says département %1, the position is in %2 (%3)</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <source>Fix %1 problems</source>
        <translation>Fix %1 problems</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>Same place</source>
        <translation>Same place</translation>
    </message>
    <message>
        <source>Different places</source>
        <translation>Different places</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsure</translation>
    </message>
</context>
<context>
    <name>DefaultProject</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <source>The bundled CGET database is missing</source>
        <translation>The bundled CGET database is missing</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Cannot create %1</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>A place needs a name</source>
        <translation>A place needs a name</translation>
    </message>
    <message>
        <source>A postcode has five digits, such as 35000</source>
        <translation>A postcode has five digits, such as 35000</translation>
    </message>
    <message>
        <source>This is a social network address: put it under Twitter or Facebook</source>
        <translation>This is a social network address: put it under Twitter or Facebook</translation>
    </message>
    <message>
        <source>Not a web address, such as https://example.fr</source>
        <translation>Not a web address, such as https://example.fr</translation>
    </message>
    <message>
        <source>Not a Twitter account, such as @name</source>
        <translation>Not a Twitter account, such as @name</translation>
    </message>
    <message>
        <source>Not a Facebook page, such as facebook.com/page</source>
        <translation>Not a Facebook page, such as facebook.com/page</translation>
    </message>
    <message>
        <source>Not a number, such as 47.2184</source>
        <translation>Not a number, such as 47.2184</translation>
    </message>
    <message>
        <source>A longitude is between -180 and 180</source>
        <translation>A longitude is between -180 and 180</translation>
    </message>
    <message>
        <source>A latitude is between -90 and 90</source>
        <translation>A latitude is between -90 and 90</translation>
    </message>
    <message>
        <source>Edit %1 of “%2”</source>
        <translation>Edit %1 of “%2”</translation>
    </message>
    <message>
        <source>This position is outside the world</source>
        <translation>This position is outside the world</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Move “%1”</translation>
    </message>
    <message>
        <source>Place %1 does not exist</source>
        <translation>Place %1 does not exist</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n place(s) into “%1”</source>
        <translation>
            <numerusform>Merge %n place into “%1”</numerusform>
            <numerusform>Merge %n places into “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Split “%1”</source>
        <translation>Split “%1”</translation>
    </message>
    <message>
        <source>Decide “%1”: %2 %3 / %4 %5</source>
        <translation>Decide “%1”: %2 %3 / %4 %5</translation>
    </message>
    <message>
        <source>Forget the decision on %1 %2 / %3 %4</source>
        <translation>Forget the decision on %1 %2 / %3 %4</translation>
    </message>
    <message>
        <source>No decision on this pair to undo</source>
        <translation>No decision on this pair to undo</translation>
    </message>
    <message>
        <source>Accept the merges scoring at least %1</source>
        <translation>Accept the merges scoring at least %1</translation>
    </message>
    <message>
        <source>No group to accept at this score</source>
        <translation>No group to accept at this score</translation>
    </message>
    <message>
        <source>Place %1 does not exist or was merged into another</source>
        <translation>Place %1 does not exist or was merged into another</translation>
    </message>
    <message>
        <source>An excluded place needs a reason</source>
        <translation>An excluded place needs a reason</translation>
    </message>
    <message>
        <source>The reason “other” needs a note</source>
        <translation>The reason “other” needs a note</translation>
    </message>
    <message>
        <source>Classify “%1” as %2</source>
        <translation>Classify “%1” as %2</translation>
    </message>
    <message numerus="yes">
        <source>Classify %n place(s) as %1</source>
        <translation>
            <numerusform>Classify %n place as %1</numerusform>
            <numerusform>Classify %n places as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept the suggested type of %n place(s)</source>
        <translation>
            <numerusform>Accept the suggested type of %n place</numerusform>
            <numerusform>Accept the suggested type of %n places</numerusform>
        </translation>
    </message>
    <message>
        <source>The type is coworking, fablab, excluded or unknown</source>
        <translation>The type is coworking, fablab, excluded or unknown</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation>Cannot read back %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name</source>
        <translation>%1 is a folder: give a file name</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist</source>
        <translation>The folder of %1 does not exist</translation>
    </message>
    <message>
        <source>%1 is the project itself: choose another file for the snapshot</source>
        <translation>%1 is the project itself: choose another file for the snapshot</translation>
    </message>
    <message>
        <source>%1 would be taken for a Recoupe project: choose another extension</source>
        <translation>%1 would be taken for a Recoupe project: choose another extension</translation>
    </message>
    <message>
        <source>%1 is a Recoupe project: choose another file for the snapshot</source>
        <translation>%1 is a Recoupe project: choose another file for the snapshot</translation>
    </message>
    <message>
        <source>GDAL has no %1 driver on this system</source>
        <translation>GDAL has no %1 driver on this system</translation>
    </message>
    <message>
        <source>GDAL failed</source>
        <translation>GDAL failed</translation>
    </message>
    <message>
        <source>There is no snapshot %1 in this project (see recoupe-cli snapshots)</source>
        <translation>There is no snapshot %1 in this project (see recoupe-cli snapshots)</translation>
    </message>
    <message>
        <source>No difference between the two snapshots.</source>
        <translation>No difference between the two snapshots.</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 merged, %4 split, %5 reclassified, %6 moved, %7 changed (places).</source>
        <translation>%1 added, %2 removed, %3 merged, %4 split, %5 reclassified, %6 moved, %7 changed (places).</translation>
    </message>
    <message>
        <source>… and %1 more (export the differences as CSV to see them all).</source>
        <translation>… and %1 more (export the differences as CSV to see them all).</translation>
    </message>
    <message>
        <source>Place %1 added: %2</source>
        <translation>Place %1 added: %2</translation>
    </message>
    <message>
        <source>Place %1 removed: %2</source>
        <translation>Place %1 removed: %2</translation>
    </message>
    <message>
        <source>Place %1 merged into place %2</source>
        <translation>Place %1 merged into place %2</translation>
    </message>
    <message>
        <source>Place %1 split from place %2</source>
        <translation>Place %1 split from place %2</translation>
    </message>
    <message>
        <source>Place %1 reclassified (%2): « %3 » → « %4 »</source>
        <translation>Place %1 reclassified (%2): « %3 » → « %4 »</translation>
    </message>
    <message>
        <source>Place %1 moved (%2): %3 → %4</source>
        <translation>Place %1 moved (%2): %3 → %4</translation>
    </message>
    <message>
        <source>Place %1, %2: « %3 » → « %4 »</source>
        <translation>Place %1, %2: « %3 » → « %4 »</translation>
    </message>
    <message>
        <source>Tiers lieux in France: coworkings and fablabs (snapshot of %1)</source>
        <translation>Tiers lieux in France: coworkings and fablabs (snapshot of %1)</translation>
    </message>
    <message>
        <source>column %1 (personal data)</source>
        <translation>column %1 (personal data)</translation>
    </message>
    <message>
        <source>%1 e-mail addresses and %2 telephone numbers found inside other fields</source>
        <translation>%1 e-mail addresses and %2 telephone numbers found inside other fields</translation>
    </message>
    <message>
        <source>internal notes of the curators</source>
        <translation>internal notes of the curators</translation>
    </message>
    <message>
        <source>The national database of tiers lieux (coworking spaces and fablabs) curated by the ANCT with Recoupe from the sources listed below: duplicates merged, places checked, geography computed from the bundled boundaries.</source>
        <translation>The national database of tiers lieux (coworking spaces and fablabs) curated by the ANCT with Recoupe from the sources listed below: duplicates merged, places checked, geography computed from the bundled boundaries.</translation>
    </message>
</context>
<context>
    <name>ExportColumns</name>
    <message>
        <source>Stable identifier of the place in Recoupe</source>
        <translation>Stable identifier of the place in Recoupe</translation>
    </message>
    <message>
        <source>Name of the tiers lieu</source>
        <translation>Name of the tiers lieu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Commune as first declared</source>
        <translation>Commune as first declared</translation>
    </message>
    <message>
        <source>INSEE code of the commune</source>
        <translation>INSEE code of the commune</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Twitter account</source>
        <translation>Twitter account</translation>
    </message>
    <message>
        <source>Facebook page</source>
        <translation>Facebook page</translation>
    </message>
    <message>
        <source>CGET typology</source>
        <translation>CGET typology</translation>
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
        <translation>Address as found by geocoding</translation>
    </message>
    <message>
        <source>Precision of the geocoding</source>
        <translation>Precision of the geocoding</translation>
    </message>
    <message>
        <source>Name of the contact (personal data)</source>
        <translation>Name of the contact (personal data)</translation>
    </message>
    <message>
        <source>E-mail of the contact (personal data)</source>
        <translation>E-mail of the contact (personal data)</translation>
    </message>
    <message>
        <source>1 inside one of the 22 métropoles, else 0</source>
        <translation>1 inside one of the 22 métropoles, else 0</translation>
    </message>
    <message>
        <source>Name of the métropole</source>
        <translation>Name of the métropole</translation>
    </message>
    <message>
        <source>INSEE code of the région</source>
        <translation>INSEE code of the région</translation>
    </message>
    <message>
        <source>Name of the région</source>
        <translation>Name of the région</translation>
    </message>
    <message>
        <source>INSEE code of the commune of the métropole</source>
        <translation>INSEE code of the commune of the métropole</translation>
    </message>
    <message>
        <source>INSEE code of the département</source>
        <translation>INSEE code of the département</translation>
    </message>
    <message>
        <source>Name of the commune of the métropole</source>
        <translation>Name of the commune of the métropole</translation>
    </message>
    <message>
        <source>Population of the commune</source>
        <translation>Population of the commune</translation>
    </message>
    <message>
        <source>Population class of the commune</source>
        <translation>Population class of the commune</translation>
    </message>
    <message>
        <source>INSEE code of the zone d&apos;emploi 2010</source>
        <translation>INSEE code of the zone d&apos;emploi 2010</translation>
    </message>
    <message>
        <source>Name of the zone d&apos;emploi 2010</source>
        <translation>Name of the zone d&apos;emploi 2010</translation>
    </message>
    <message>
        <source>Population class of the zone d&apos;emploi 2010</source>
        <translation>Population class of the zone d&apos;emploi 2010</translation>
    </message>
    <message>
        <source>Population of the zone d&apos;emploi 2010</source>
        <translation>Population of the zone d&apos;emploi 2010</translation>
    </message>
    <message>
        <source>Type: coworking, fablab, unknown or excluded</source>
        <translation>Type: coworking, fablab, unknown or excluded</translation>
    </message>
    <message>
        <source>Why a place of type excluded is not a tiers lieu</source>
        <translation>Why a place of type excluded is not a tiers lieu</translation>
    </message>
    <message>
        <source>Name of the département</source>
        <translation>Name of the département</translation>
    </message>
    <message>
        <source>SIREN of the EPCI</source>
        <translation>SIREN of the EPCI</translation>
    </message>
    <message>
        <source>Name of the EPCI</source>
        <translation>Name of the EPCI</translation>
    </message>
    <message>
        <source>SIREN of the métropole</source>
        <translation>SIREN of the métropole</translation>
    </message>
    <message>
        <source>Code of the zone d&apos;emploi 2020</source>
        <translation>Code of the zone d&apos;emploi 2020</translation>
    </message>
    <message>
        <source>Name of the zone d&apos;emploi 2020</source>
        <translation>Name of the zone d&apos;emploi 2020</translation>
    </message>
    <message>
        <source>CGET population class of the zone d&apos;emploi 2020</source>
        <translation>CGET population class of the zone d&apos;emploi 2020</translation>
    </message>
    <message>
        <source>Code of the zone d&apos;emploi 2010</source>
        <translation>Code of the zone d&apos;emploi 2010</translation>
    </message>
    <message>
        <source>active, or source_removed when every source dropped it</source>
        <translation>active, or source_removed when every source dropped it</translation>
    </message>
    <message>
        <source>Sources of the place, comma-separated</source>
        <translation>Sources of the place, comma-separated</translation>
    </message>
    <message>
        <source>Number of source records of the place</source>
        <translation>Number of source records of the place</translation>
    </message>
    <message>
        <source>Last change by a curator (UTC)</source>
        <translation>Last change by a curator (UTC)</translation>
    </message>
    <message>
        <source>Last update of the place (UTC)</source>
        <translation>Last update of the place (UTC)</translation>
    </message>
    <message>
        <source>Telephone (personal data)</source>
        <translation>Telephone (personal data)</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
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
        <translation>Cannot read the boundary layer %1: %2</translation>
    </message>
    <message>
        <source>The boundary layer %1 is missing from this build of Recoupe</source>
        <translation>The boundary layer %1 is missing from this build of Recoupe</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1 → source &quot;%2&quot; (profile %3): %4 rows read; %5 added, %6 changed, %7 removed, %8 unchanged; %9 values could not be used.</source>
        <translation>%1 → source &quot;%2&quot; (profile %3): %4 rows read; %5 added, %6 changed, %7 removed, %8 unchanged; %9 values could not be used.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>empty key; the line number is used</source>
        <translation>empty key; the line number is used</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is repeated; kept as &apos;%2&apos;</source>
        <translation>key &apos;%1&apos; is repeated; kept as &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Cannot import %1: it holds no rows</source>
        <translation>Cannot import %1: it holds no rows</translation>
    </message>
    <message>
        <source>Cannot import %1 with profile %2: the key column %3 is missing (columns found: %4)</source>
        <translation>Cannot import %1 with profile %2: the key column %3 is missing (columns found: %4)</translation>
    </message>
    <message>
        <source>Cannot import %1: no coordinate column (looked for %2) and no geometry (columns found: %3)</source>
        <translation>Cannot import %1: no coordinate column (looked for %2) and no geometry (columns found: %3)</translation>
    </message>
    <message>
        <source>Cannot import %1: its sheet or layer &quot;%2&quot; is empty (no header row, no columns)</source>
        <translation>Cannot import %1: its sheet or layer &quot;%2&quot; is empty (no header row, no columns)</translation>
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
        <translation>Unknown type</translation>
    </message>
    <message>
        <source>Basemap: IGN Admin Express (Licence Ouverte)</source>
        <translation>Basemap: IGN Admin Express (Licence Ouverte)</translation>
    </message>
    <message>
        <source>Lon %1, lat %2</source>
        <translation>Lon %1, lat %2</translation>
    </message>
    <message>
        <source>Candidate duplicates</source>
        <translation>Candidate duplicates</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
</context>
<context>
    <name>MappingProfile</name>
    <message>
        <source>Profile %1 has no &quot;id&quot;</source>
        <translation>Profile %1 has no &quot;id&quot;</translation>
    </message>
    <message>
        <source>Profile %1: unknown field &quot;%2&quot;</source>
        <translation>Profile %1: unknown field &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Profile %1: field &quot;%2&quot; must name a column, a list of columns or a join</source>
        <translation>Profile %1: field &quot;%2&quot; must name a column, a list of columns or a join</translation>
    </message>
    <message>
        <source>Profile %1: invalid type pattern &quot;%2&quot;</source>
        <translation>Profile %1: invalid type pattern &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>NewProjectImport</name>
    <message>
        <source>Cannot write the project %1: %2</source>
        <translation>Cannot write the project %1: %2</translation>
    </message>
</context>
<context>
    <name>Normalise</name>
    <message>
        <source>postcode &apos;%1&apos; is a placeholder for an unknown postcode</source>
        <translation>postcode &apos;%1&apos; is a placeholder for an unknown postcode</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a French postcode</source>
        <translation>&apos;%1&apos; is not a French postcode</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation>&apos;%1&apos; is not a web address</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Twitter account</source>
        <translation>&apos;%1&apos; is not a Twitter account</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Facebook page</source>
        <translation>&apos;%1&apos; is not a Facebook page</translation>
    </message>
    <message>
        <source>only one of longitude and latitude is given</source>
        <translation>only one of longitude and latitude is given</translation>
    </message>
    <message>
        <source>position 0, 0 is a placeholder, not a place</source>
        <translation>position 0, 0 is a placeholder, not a place</translation>
    </message>
    <message>
        <source>position %1, %2 is out of range</source>
        <translation>position %1, %2 is out of range</translation>
    </message>
    <message>
        <source>latitude and longitude were swapped; put back in order</source>
        <translation>latitude and longitude were swapped; put back in order</translation>
    </message>
    <message>
        <source>position %1, %2 is outside France</source>
        <translation>position %1, %2 is outside France</translation>
    </message>
</context>
<context>
    <name>OpenProject</name>
    <message>
        <source>This project is already open in another window (%1, process %2 on %3): what is changed there shows here only once the project is opened again.</source>
        <translation>This project is already open in another window (%1, process %2 on %3): what is changed there shows here only once the project is opened again.</translation>
    </message>
    <message>
        <source>This project is read-only (its file cannot be written): you can browse, filter and check it, but not change it.</source>
        <translation>This project is read-only (its file cannot be written): you can browse, filter and check it, but not change it.</translation>
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
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>Wifi café</source>
        <translation>Wifi café</translation>
    </message>
    <message>
        <source>Télécentre</source>
        <translation>Télécentre</translation>
    </message>
    <message>
        <source>Business centre</source>
        <translation>Business centre</translation>
    </message>
    <message>
        <source>Business hotel</source>
        <translation>Business hotel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>PlaceWriter</name>
    <message>
        <source>Place %1 is not one of the merged places</source>
        <translation>Place %1 is not one of the merged places</translation>
    </message>
    <message>
        <source>Place %1 does not exist</source>
        <translation>Place %1 does not exist</translation>
    </message>
    <message>
        <source>A merge needs at least two places</source>
        <translation>A merge needs at least two places</translation>
    </message>
    <message>
        <source>Place %1 was merged into another place already</source>
        <translation>Place %1 was merged into another place already</translation>
    </message>
    <message>
        <source>Place %1 is named twice in the merge</source>
        <translation>Place %1 is named twice in the merge</translation>
    </message>
    <message>
        <source>Record %1 is not one of the merged places&apos;</source>
        <translation>Record %1 is not one of the merged places&apos;</translation>
    </message>
    <message>
        <source>Place %1 holds no merge to split</source>
        <translation>Place %1 holds no merge to split</translation>
    </message>
</context>
<context>
    <name>ProfileRegistry</name>
    <message>
        <source>Cannot read profile %1: %2</source>
        <translation>Cannot read profile %1: %2</translation>
    </message>
    <message>
        <source>Profile %1 is not valid JSON: %2 at offset %3</source>
        <translation>Profile %1 is not valid JSON: %2 at offset %3</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot; (known: %2)</source>
        <translation>Unknown profile &quot;%1&quot; (known: %2)</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Displays help on commandline options.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Displays help including Qt specific options.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Displays version information.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>e.g. @account</source>
        <translation>e.g. @account</translation>
    </message>
</context>
<context>
    <name>RecordMapper</name>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; is not a number</translation>
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
        <translation>Cannot import %1: %2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>the file is empty (0 bytes)</translation>
    </message>
    <message>
        <source>the file is %1 MB; the limit is %2 MB</source>
        <translation>the file is %1 MB; the limit is %2 MB</translation>
    </message>
    <message>
        <source>the file is encoded in UTF-16; save it as UTF-8 or Latin-1</source>
        <translation>the file is encoded in UTF-16; save it as UTF-8 or Latin-1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>line</source>
        <translation>line</translation>
    </message>
    <message>
        <source>the format is not recognised</source>
        <translation>the format is not recognised</translation>
    </message>
    <message>
        <source>row</source>
        <translation>row</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>feature</translation>
    </message>
    <message>
        <source>Cannot read %1: it holds no table</source>
        <translation>Cannot read %1: it holds no table</translation>
    </message>
    <message>
        <source>Cannot read %1 after %2 %3: %4</source>
        <translation>Cannot read %1 after %2 %3: %4</translation>
    </message>
    <message>
        <source>Cannot import %1: it holds no header line</source>
        <translation>Cannot import %1: it holds no header line</translation>
    </message>
    <message>
        <source>Cannot import %1: the file is binary, not a text table (a NUL byte on line %2)</source>
        <translation>Cannot import %1: the file is binary, not a text table (a NUL byte on line %2)</translation>
    </message>
    <message>
        <source>Cannot import %1: the quote that opens line %2 (column %3) never closes; the rest of the file would be one value. Remove the quote or close it.</source>
        <translation>Cannot import %1: the quote that opens line %2 (column %3) never closes; the rest of the file would be one value. Remove the quote or close it.</translation>
    </message>
    <message>
        <source>the value is not valid UTF-8 (the rest of the file is); read as Latin-1</source>
        <translation>the value is not valid UTF-8 (the rest of the file is); read as Latin-1</translation>
    </message>
    <message>
        <source>the quoted value holds a quote that is not doubled; it is kept as written, quotes included</source>
        <translation>the quoted value holds a quote that is not doubled; it is kept as written, quotes included</translation>
    </message>
    <message>
        <source>the quote that opens this value does not close on this line; it is read as a character and the next lines as rows of their own</source>
        <translation>the quote that opens this value does not close on this line; it is read as a character and the next lines as rows of their own</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2; the extra values are kept as %3</source>
        <translation>%1 fields, the header has %2; the extra values are kept as %3</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2; %3 left empty</source>
        <translation>%1 fields, the header has %2; %3 left empty</translation>
    </message>
    <message>
        <source>%1 is not UTF-8: it was read as Latin-1 (ISO 8859-1).</source>
        <translation>%1 is not UTF-8: it was read as Latin-1 (ISO 8859-1).</translation>
    </message>
    <message>
        <source>%1 has %2 lines of data but gives %3 records: quoted values run over several lines (the longest from line %4 to line %5). Check the quotes if that is not expected.</source>
        <translation>%1 has %2 lines of data but gives %3 records: quoted values run over several lines (the longest from line %4 to line %5). Check the quotes if that is not expected.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>a text</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>Cannot read %1, line %2, column %3: %4</source>
        <translation>Cannot read %1, line %2, column %3: %4</translation>
    </message>
    <message>
        <source>Cannot import %1: a JSON array of objects was expected, but the file holds one object (keys: %2)</source>
        <translation>Cannot import %1: a JSON array of objects was expected, but the file holds one object (keys: %2)</translation>
    </message>
    <message>
        <source>Cannot import %1: a JSON array of objects was expected</source>
        <translation>Cannot import %1: a JSON array of objects was expected</translation>
    </message>
    <message>
        <source>Cannot import %1, line %2: item %3 of the array is %4, not an object</source>
        <translation>Cannot import %1, line %2: item %3 of the array is %4, not an object</translation>
    </message>
    <message>
        <source>the point&apos;s coordinates are not two numbers; the record has no position</source>
        <translation>the point&apos;s coordinates are not two numbers; the record has no position</translation>
    </message>
    <message>
        <source>the cell %1 holds a formula (=%2) whose result was not saved in the file, so it is read as empty; open the file in a spreadsheet program and save it again</source>
        <translation>the cell %1 holds a formula (=%2) whose result was not saved in the file, so it is read as empty; open the file in a spreadsheet program and save it again</translation>
    </message>
    <message>
        <source>the value is not valid UTF-8; read as Latin-1</source>
        <translation>the value is not valid UTF-8; read as Latin-1</translation>
    </message>
    <message>
        <source>the geometry is a %1, not a point; its centroid is used as the position</source>
        <translation>the geometry is a %1, not a point; its centroid is used as the position</translation>
    </message>
    <message>
        <source>the file is binary, not a text table (a NUL byte on line %1)</source>
        <translation>the file is binary, not a text table (a NUL byte on line %1)</translation>
    </message>
    <message>
        <source>position %1 of the %2 is not two numbers; GDAL leaves it out with its part or the whole geometry, so the record&apos;s position may be missing or wrong</source>
        <translation>position %1 of the %2 is not two numbers; GDAL leaves it out with its part or the whole geometry, so the record&apos;s position may be missing or wrong</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The project %1 was written by a newer version of Recoupe (schema %2; this version knows up to %3). Update Recoupe to open it.</source>
        <translation>The project %1 was written by a newer version of Recoupe (schema %2; this version knows up to %3). Update Recoupe to open it.</translation>
    </message>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Database error: %1 (in: %2)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file</source>
        <translation>%1 is a folder, not a project file</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed</source>
        <translation>The SQLite driver of Qt is not installed</translation>
    </message>
    <message>
        <source>Cannot open project %1: %2</source>
        <translation>Cannot open project %1: %2</translation>
    </message>
    <message>
        <source>The project is not an SQLite database</source>
        <translation>The project is not an SQLite database</translation>
    </message>
    <message>
        <source>The project changed since this step (another program or an import wrote to it): it cannot be undone or redone.</source>
        <translation>The project changed since this step (another program or an import wrote to it): it cannot be undone or redone.</translation>
    </message>
    <message>
        <source>The project %1 is in use by another process (an import or a search for duplicates is writing to it); try again when it has finished</source>
        <translation>The project %1 is in use by another process (an import or a search for duplicates is writing to it); try again when it has finished</translation>
    </message>
    <message>
        <source>Cannot change %1: the project is read-only</source>
        <translation>Cannot change %1: the project is read-only</translation>
    </message>
    <message>
        <source>The disk holding the project %1 is full; the project was left as it was</source>
        <translation>The disk holding the project %1 is full; the project was left as it was</translation>
    </message>
    <message>
        <source>The project file %1 is damaged; restore it from a copy</source>
        <translation>The project file %1 is damaged; restore it from a copy</translation>
    </message>
    <message>
        <source>the file is not an SQLite database</source>
        <translation>the file is not an SQLite database</translation>
    </message>
    <message>
        <source>The project file %1 could not be read or written (%2)</source>
        <translation>The project file %1 could not be read or written (%2)</translation>
    </message>
    <message>
        <source>The project file %1 cannot be opened (%2)</source>
        <translation>The project file %1 cannot be opened (%2)</translation>
    </message>
    <message>
        <source>Database error in the project %1: %2</source>
        <translation>Database error in the project %1: %2</translation>
    </message>
    <message>
        <source>There is no project %1</source>
        <translation>There is no project %1</translation>
    </message>
    <message>
        <source>Cannot change %1: the project is read-only (its folder %2 cannot be written)</source>
        <translation>Cannot change %1: the project is read-only (its folder %2 cannot be written)</translation>
    </message>
    <message>
        <source>The project %1 was updated for this version of Recoupe (schema %2 to %3); a copy of it as it was is kept in %4.</source>
        <translation>The project %1 was updated for this version of Recoupe (schema %2 to %3); a copy of it as it was is kept in %4.</translation>
    </message>
    <message>
        <source>%1 is not a Recoupe project: %2</source>
        <translation>%1 is not a Recoupe project: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no project yet</source>
        <translation>%1 is empty: it holds no project yet</translation>
    </message>
    <message>
        <source>%1 is not a Recoupe project: it is the SQLite database of another program (tables: %2); it was left as it was</source>
        <translation>%1 is not a Recoupe project: it is the SQLite database of another program (tables: %2); it was left as it was</translation>
    </message>
</context>
<context>
    <name>TypeModel</name>
    <message>
        <source>not a type model of version 1</source>
        <translation>not a type model of version 1</translation>
    </message>
    <message>
        <source>category rule “%1” has no key or no type</source>
        <translation>category rule “%1” has no key or no type</translation>
    </message>
    <message>
        <source>exclusion rule without phrase or reason</source>
        <translation>exclusion rule without phrase or reason</translation>
    </message>
</context>
<context>
    <name>TypeSuggester</name>
    <message>
        <source>“%1” in the name</source>
        <translation>“%1” in the name</translation>
    </message>
    <message>
        <source>“%1” in the web address</source>
        <translation>“%1” in the web address</translation>
    </message>
    <message>
        <source>“%1” in a social account</source>
        <translation>“%1” in a social account</translation>
    </message>
    <message>
        <source>“%1” in the address</source>
        <translation>“%1” in the address</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 says %2=%3</source>
        <translation>%1 says %2=%3</translation>
    </message>
    <message>
        <source>%1 says %2</source>
        <translation>%1 says %2</translation>
    </message>
    <message>
        <source>“%1” names a place that only rents desks</source>
        <translation>“%1” names a place that only rents desks</translation>
    </message>
    <message>
        <source>nothing says otherwise: most places are coworkings</source>
        <translation>nothing says otherwise: most places are coworkings</translation>
    </message>
    <message>
        <source>its sources disagree</source>
        <translation>its sources disagree</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Project file (default: the default project).</source>
        <translation>Project file (default: the default project).</translation>
    </message>
    <message>
        <source>Output format: csv or json (default csv).</source>
        <translation>Output format: csv or json (default csv).</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv or json</source>
        <translation>Unknown format &quot;%1&quot;: use csv or json</translation>
    </message>
    <message>
        <source>Cannot write to the standard output</source>
        <translation>Cannot write to the standard output</translation>
    </message>
    <message>
        <source>Import a source file (CSV, XLSX, ODS, GeoJSON, GPKG, SHP, KML, JSON) into the project; re-importing a source updates it.</source>
        <translation>Import a source file (CSV, XLSX, ODS, GeoJSON, GPKG, SHP, KML, JSON) into the project; re-importing a source updates it.</translation>
    </message>
    <message>
        <source>Source file to import.</source>
        <translation>Source file to import.</translation>
    </message>
    <message>
        <source>Source name in the project (default: the profile&apos;s source, else the file name). Re-importing under the same name updates that source.</source>
        <translation>Source name in the project (default: the profile&apos;s source, else the file name). Re-importing under the same name updates that source.</translation>
    </message>
    <message>
        <source>Column mapping profile: %1, or a JSON file (default: detected).</source>
        <translation>Column mapping profile: %1, or a JSON file (default: detected).</translation>
    </message>
    <message>
        <source>Print the import report as JSON.</source>
        <translation>Print the import report as JSON.</translation>
    </message>
    <message>
        <source>Print only the summary, not each problem.</source>
        <translation>Print only the summary, not each problem.</translation>
    </message>
    <message>
        <source>import takes exactly one file (see import --help)</source>
        <translation>import takes exactly one file (see import --help)</translation>
    </message>
    <message>
        <source>  %1 %2 (key %3), column %4: %5</source>
        <translation>  %1 %2 (key %3), column %4: %5</translation>
    </message>
    <message>
        <source>%1 takes no file (see %1 --help)</source>
        <translation>%1 takes no file (see %1 --help)</translation>
    </message>
    <message>
        <source>List every imported record (removed ones flagged) as CSV or JSON.</source>
        <translation>List every imported record (removed ones flagged) as CSV or JSON.</translation>
    </message>
    <message>
        <source>List the curated places as CSV or JSON.</source>
        <translation>List the curated places as CSV or JSON.</translation>
    </message>
    <message>
        <source>List the imported sources with their counts and dates.</source>
        <translation>List the imported sources with their counts and dates.</translation>
    </message>
    <message>
        <source>Usage: recoupe-cli [--project FILE] [--lang fr|en] COMMAND [options]

Commands:
</source>
        <translation>Usage: recoupe-cli [--project FILE] [--lang fr|en] COMMAND [options]

Commands:
</translation>
    </message>
    <message>
        <source>
Without --project, the default project is used (created from the bundled CGET 2019 database on first use).
Each command has --help.
</source>
        <translation>
Without --project, the default project is used (created from the bundled CGET 2019 database on first use).
Each command has --help.
</translation>
    </message>
    <message>
        <source>recoupe-cli %1: error: %2</source>
        <translation>recoupe-cli %1: error: %2</translation>
    </message>
    <message>
        <source>recoupe-cli: unknown command &quot;%1&quot;</source>
        <translation>recoupe-cli: unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Record a decision (same, different, unsure) on a pair of records.</source>
        <translation>Record a decision (same, different, unsure) on a pair of records.</translation>
    </message>
    <message>
        <source>Source name of record %1 (see sources).</source>
        <translation>Source name of record %1 (see sources).</translation>
    </message>
    <message>
        <source>Key of record %1 in its source.</source>
        <translation>Key of record %1 in its source.</translation>
    </message>
    <message>
        <source>Source name of record B (default: the source of A).</source>
        <translation>Source name of record B (default: the source of A).</translation>
    </message>
    <message>
        <source>same, different or unsure.</source>
        <translation>same, different or unsure.</translation>
    </message>
    <message>
        <source>Why (kept with the decision).</source>
        <translation>Why (kept with the decision).</translation>
    </message>
    <message>
        <source>Forget the decision on the pair instead.</source>
        <translation>Forget the decision on the pair instead.</translation>
    </message>
    <message>
        <source>decide takes no file (see decide --help)</source>
        <translation>decide takes no file (see decide --help)</translation>
    </message>
    <message>
        <source>decide needs --%1 (see decide --help)</source>
        <translation>decide needs --%1 (see decide --help)</translation>
    </message>
    <message>
        <source>Decision forgotten: the pair may be proposed again.</source>
        <translation>Decision forgotten: the pair may be proposed again.</translation>
    </message>
    <message>
        <source>--decision must be same, different or unsure, not &quot;%1&quot;</source>
        <translation>--decision must be same, different or unsure, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Decided %1: %2 %3 / %4 %5 (by %6)</source>
        <translation>Decided %1: %2 %3 / %4 %5 (by %6)</translation>
    </message>
    <message>
        <source>Largest file accepted, in MB (default 1024).</source>
        <translation>Largest file accepted, in MB (default 1024).</translation>
    </message>
    <message>
        <source>List candidate duplicate pairs (within and across sources) with a score, a verdict and an explanation.</source>
        <translation>List candidate duplicate pairs (within and across sources) with a score, a verdict and an explanation.</translation>
    </message>
    <message>
        <source>Only pairs scoring at least this (0 to 1; default: the review threshold). A value under the review threshold lowers it.</source>
        <translation>Only pairs scoring at least this (0 to 1; default: the review threshold). A value under the review threshold lowers it.</translation>
    </message>
    <message>
        <source>Match settings and weights (JSON) instead of the built-in ones.</source>
        <translation>Match settings and weights (JSON) instead of the built-in ones.</translation>
    </message>
    <message>
        <source>Print counts and time to the error output.</source>
        <translation>Print counts and time to the error output.</translation>
    </message>
    <message>
        <source>match takes no file (see match --help)</source>
        <translation>match takes no file (see match --help)</translation>
    </message>
    <message>
        <source>--min-score takes a number from 0 to 1, not &quot;%1&quot;</source>
        <translation>--min-score takes a number from 0 to 1, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 records, %2 pairs compared, %3 same, %4 to review, %5 groups, %6 s</source>
        <translation>%1 records, %2 pairs compared, %3 same, %4 to review, %5 groups, %6 s</translation>
    </message>
    <message>
        <source>Spread of the prior around the hand-set weights when fitting (default 4).</source>
        <translation>Spread of the prior around the hand-set weights when fitting (default 4).</translation>
    </message>
    <message>
        <source>Do not keep the candidates in the project (by default they replace those of the previous run, for the window&apos;s filter and map).</source>
        <translation>Do not keep the candidates in the project (by default they replace those of the previous run, for the window&apos;s filter and map).</translation>
    </message>
    <message>
        <source>List the data-quality problems of the places, and fix them.</source>
        <translation>List the data-quality problems of the places, and fix them.</translation>
    </message>
    <message>
        <source>Apply the fixes of the problems with this code (or &quot;all&quot;), then list what remains. Codes: %1.</source>
        <translation>Apply the fixes of the problems with this code (or &quot;all&quot;), then list what remains. Codes: %1.</translation>
    </message>
    <message>
        <source>List only the problems with this code.</source>
        <translation>List only the problems with this code.</translation>
    </message>
    <message>
        <source>Unknown problem code &quot;%1&quot;: use one of %2</source>
        <translation>Unknown problem code &quot;%1&quot;: use one of %2</translation>
    </message>
    <message>
        <source>The fixes could not be applied: %1</source>
        <translation>The fixes could not be applied: %1</translation>
    </message>
    <message>
        <source>%1 problems fixed.</source>
        <translation>%1 problems fixed.</translation>
    </message>
    <message>
        <source>Compute the région, département, EPCI and zones d&apos;emploi of the places.</source>
        <translation>Compute the région, département, EPCI and zones d&apos;emploi of the places.</translation>
    </message>
    <message>
        <source>Only places without geography or moved since.</source>
        <translation>Only places without geography or moved since.</translation>
    </message>
    <message>
        <source>Geography of %1 places computed in %2 s: %3 in a département (%4 of them by the nearest one, within 2 km), %5 in none, %6 without coordinates.</source>
        <translation>Geography of %1 places computed in %2 s: %3 in a département (%4 of them by the nearest one, within 2 km), %5 in none, %6 without coordinates.</translation>
    </message>
    <message>
        <source>  %1 %2 (key %3): %4</source>
        <translation>  %1 %2 (key %3): %4</translation>
    </message>
    <message>
        <source>Also list the places absorbed by a merge (status merged).</source>
        <translation>Also list the places absorbed by a merge (status merged).</translation>
    </message>
    <message>
        <source>Quality per source instead: records linked to places of other sources, disagreeing fields, problems by code.</source>
        <translation>Quality per source instead: records linked to places of other sources, disagreeing fields, problems by code.</translation>
    </message>
    <message>
        <source>review groups by records: %1 (largest %2)</source>
        <translation>review groups by records: %1 (largest %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a place id (see places)</source>
        <translation>&quot;%1&quot; is not a place id (see places)</translation>
    </message>
    <message>
        <source>--%1 takes FIELD=VALUE, not &quot;%2&quot;</source>
        <translation>--%1 takes FIELD=VALUE, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in --%2 (fields: %3, position)</source>
        <translation>Unknown field &quot;%1&quot; in --%2 (fields: %3, position)</translation>
    </message>
    <message>
        <source>Merge places into the first one, field by field (prints the kept place id).</source>
        <translation>Merge places into the first one, field by field (prints the kept place id).</translation>
    </message>
    <message>
        <source>PLACE_ID PLACE_ID [...]</source>
        <translation>PLACE_ID PLACE_ID [...]</translation>
    </message>
    <message>
        <source>Take FIELD from the place PLACE_ID (repeatable; the field position takes longitude and latitude).</source>
        <translation>Take FIELD from the place PLACE_ID (repeatable; the field position takes longitude and latitude).</translation>
    </message>
    <message>
        <source>Give FIELD a value typed by hand (repeatable).</source>
        <translation>Give FIELD a value typed by hand (repeatable).</translation>
    </message>
    <message>
        <source>merge needs at least two place ids (see merge --help)</source>
        <translation>merge needs at least two place ids (see merge --help)</translation>
    </message>
    <message>
        <source>--take %1: place %2 is not one of the merged places</source>
        <translation>--take %1: place %2 is not one of the merged places</translation>
    </message>
    <message>
        <source>--set %1: %2</source>
        <translation>--set %1: %2</translation>
    </message>
    <message>
        <source>Split a merged place back into the places it absorbed (prints their ids).</source>
        <translation>Split a merged place back into the places it absorbed (prints their ids).</translation>
    </message>
    <message>
        <source>PLACE_ID</source>
        <translation>PLACE_ID</translation>
    </message>
    <message>
        <source>What the pairs between the restored places become: different (default), unsure, or none (proposed again).</source>
        <translation>What the pairs between the restored places become: different (default), unsure, or none (proposed again).</translation>
    </message>
    <message>
        <source>split takes one place id (see split --help)</source>
        <translation>split takes one place id (see split --help)</translation>
    </message>
    <message>
        <source>--pairs must be different, unsure or none, not &quot;%1&quot;</source>
        <translation>--pairs must be different, unsure or none, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>List the review queue of the last search (pairs by group, with their decisions) as CSV or JSON.</source>
        <translation>List the review queue of the last search (pairs by group, with their decisions) as CSV or JSON.</translation>
    </message>
    <message>
        <source>Only the pairs still to decide.</source>
        <translation>Only the pairs still to decide.</translation>
    </message>
    <message>
        <source>review takes no file (see review --help)</source>
        <translation>review takes no file (see review --help)</translation>
    </message>
    <message>
        <source>%1: accuracy %2 on %3 records; truth coworking → suggested coworking %4, fablab %5, excluded %6; truth fablab → coworking %7, fablab %8, excluded %9</source>
        <translation>%1: accuracy %2 on %3 records; truth coworking → suggested coworking %4, fablab %5, excluded %6; truth fablab → coworking %7, fablab %8, excluded %9</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a place id</source>
        <translation>&quot;%1&quot; is not a place id</translation>
    </message>
    <message>
        <source>Suggest and set the type of places (coworking, fablab, excluded, unknown).</source>
        <translation>Suggest and set the type of places (coworking, fablab, excluded, unknown).</translation>
    </message>
    <message>
        <source>List the suggested type of every place whose type is unknown or disputed (suggestions computed afresh).</source>
        <translation>List the suggested type of every place whose type is unknown or disputed (suggestions computed afresh).</translation>
    </message>
    <message>
        <source>With --suggest: every place.</source>
        <translation>With --suggest: every place.</translation>
    </message>
    <message>
        <source>Set the type of the places given: coworking, fablab, excluded or unknown.</source>
        <translation>Set the type of the places given: coworking, fablab, excluded or unknown.</translation>
    </message>
    <message>
        <source>With --type excluded: why (%1).</source>
        <translation>With --type excluded: why (%1).</translation>
    </message>
    <message>
        <source>With --type excluded: a note (needed for the reason &quot;other&quot;).</source>
        <translation>With --type excluded: a note (needed for the reason &quot;other&quot;).</translation>
    </message>
    <message>
        <source>Give the places given (none: every place whose type is unknown) their suggested type.</source>
        <translation>Give the places given (none: every place whose type is unknown) their suggested type.</translation>
    </message>
    <message>
        <source>Measure the suggestions on the records whose source says their type, that type hidden: 10-fold cross-validation and leave one source out.</source>
        <translation>Measure the suggestions on the records whose source says their type, that type hidden: 10-fold cross-validation and leave one source out.</translation>
    </message>
    <message>
        <source>Fit the word model on the records whose source says their type and write it to this file (the bundled model&apos;s rules kept).</source>
        <translation>Fit the word model on the records whose source says their type and write it to this file (the bundled model&apos;s rules kept).</translation>
    </message>
    <message>
        <source>classify needs exactly one of --suggest, --type, --accept, --evaluate or --fit (see classify --help)</source>
        <translation>classify needs exactly one of --suggest, --type, --accept, --evaluate or --fit (see classify --help)</translation>
    </message>
    <message>
        <source>No record of this project has a type from its source: nothing to fit or measure on</source>
        <translation>No record of this project has a type from its source: nothing to fit or measure on</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Fitted on %1 records (%2).</source>
        <translation>Fitted on %1 records (%2).</translation>
    </message>
    <message>
        <source>--suggest takes no place id</source>
        <translation>--suggest takes no place id</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;: use coworking, fablab, excluded or unknown</source>
        <translation>Unknown type &quot;%1&quot;: use coworking, fablab, excluded or unknown</translation>
    </message>
    <message>
        <source>Unknown reason &quot;%1&quot;: use one of %2</source>
        <translation>Unknown reason &quot;%1&quot;: use one of %2</translation>
    </message>
    <message>
        <source>classify --type needs the ids of the places</source>
        <translation>classify --type needs the ids of the places</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) classified.</source>
        <translation>
            <numerusform>%n place classified.</numerusform>
            <numerusform>%n places classified.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a snapshot id (see recoupe-cli snapshots)</source>
        <translation>&quot;%1&quot; is not a snapshot id (see recoupe-cli snapshots)</translation>
    </message>
    <message>
        <source>Export a dated snapshot of the places (CSV, GeoJSON, GeoPackage or XLSX) with its metadata sidecar and Table Schema, and record it in the project.</source>
        <translation>Export a dated snapshot of the places (CSV, GeoJSON, GeoPackage or XLSX) with its metadata sidecar and Table Schema, and record it in the project.</translation>
    </message>
    <message>
        <source>OUT: the file to write</source>
        <translation>OUT: the file to write</translation>
    </message>
    <message>
        <source>csv, geojson, gpkg or xlsx (default: from the file&apos;s extension, else csv).</source>
        <translation>csv, geojson, gpkg or xlsx (default: from the file&apos;s extension, else csv).</translation>
    </message>
    <message>
        <source>cget2019 (default: the CGET 2019 publication&apos;s columns) or recoupe (place ids, type, exclusion reason, geography, sources).</source>
        <translation>cget2019 (default: the CGET 2019 publication&apos;s columns) or recoupe (place ids, type, exclusion reason, geography, sources).</translation>
    </message>
    <message>
        <source>No personal data (contact names, e-mails, phones, also inside other fields) and no internal notes: for publication.</source>
        <translation>No personal data (contact names, e-mails, phones, also inside other fields) and no internal notes: for publication.</translation>
    </message>
    <message>
        <source>Only the places whose name, address, commune or postcode holds these words (as the window&apos;s search).</source>
        <translation>Only the places whose name, address, commune or postcode holds these words (as the window&apos;s search).</translation>
    </message>
    <message>
        <source>Only the places of this type.</source>
        <translation>Only the places of this type.</translation>
    </message>
    <message>
        <source>Only the places of this région (INSEE code).</source>
        <translation>Only the places of this région (INSEE code).</translation>
    </message>
    <message>
        <source>CSV for French spreadsheets: semicolons, decimal commas, a byte order mark.</source>
        <translation>CSV for French spreadsheets: semicolons, decimal commas, a byte order mark.</translation>
    </message>
    <message>
        <source>Title in the metadata.</source>
        <translation>Title in the metadata.</translation>
    </message>
    <message>
        <source>Description in the metadata.</source>
        <translation>Description in the metadata.</translation>
    </message>
    <message>
        <source>Do not record the snapshot in the project (a plain file export).</source>
        <translation>Do not record the snapshot in the project (a plain file export).</translation>
    </message>
    <message>
        <source>export takes one output file (see export --help)</source>
        <translation>export takes one output file (see export --help)</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv, geojson, gpkg or xlsx</source>
        <translation>Unknown format &quot;%1&quot;: use csv, geojson, gpkg or xlsx</translation>
    </message>
    <message>
        <source>Unknown layout &quot;%1&quot;: use cget2019 or recoupe</source>
        <translation>Unknown layout &quot;%1&quot;: use cget2019 or recoupe</translation>
    </message>
    <message>
        <source>--semicolon is for CSV only</source>
        <translation>--semicolon is for CSV only</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;</source>
        <translation>Unknown type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Snapshot %1: %2 places written to %3 in %4 s (SHA-256 %5).</source>
        <translation>Snapshot %1: %2 places written to %3 in %4 s (SHA-256 %5).</translation>
    </message>
    <message>
        <source>%1 places written to %2 in %3 s (not recorded).</source>
        <translation>%1 places written to %2 in %3 s (not recorded).</translation>
    </message>
    <message>
        <source>Metadata: %1; Table Schema: %2.</source>
        <translation>Metadata: %1; Table Schema: %2.</translation>
    </message>
    <message>
        <source>Left out: columns %1; %2 e-mail addresses and %3 telephone numbers inside other fields; internal notes.</source>
        <translation>Left out: columns %1; %2 e-mail addresses and %3 telephone numbers inside other fields; internal notes.</translation>
    </message>
    <message>
        <source>This snapshot holds personal data (%1): do not publish it; --public leaves it out.</source>
        <translation>This snapshot holds personal data (%1): do not publish it; --public leaves it out.</translation>
    </message>
    <message>
        <source>%1 text cells that a spreadsheet would run as formulas were neutralised (a leading apostrophe).</source>
        <translation>%1 text cells that a spreadsheet would run as formulas were neutralised (a leading apostrophe).</translation>
    </message>
    <message>
        <source>List the snapshots exported from the project, oldest first.</source>
        <translation>List the snapshots exported from the project, oldest first.</translation>
    </message>
    <message>
        <source>The differences between two snapshots: places added, removed, merged, split, reclassified, moved, changed.</source>
        <translation>The differences between two snapshots: places added, removed, merged, split, reclassified, moved, changed.</translation>
    </message>
    <message>
        <source>SNAPSHOT_A SNAPSHOT_B</source>
        <translation>SNAPSHOT_A SNAPSHOT_B</translation>
    </message>
    <message>
        <source>diff takes two snapshot ids (see diff --help)</source>
        <translation>diff takes two snapshot ids (see diff --help)</translation>
    </message>
    <message>
        <source>Instead of listing pairs, measure precision and recall on labelled pairs (id_a,id_b,label) against the baseline &quot;under 100 m and similar names&quot;, or on the records of a new source judged against the label source (source_key,source_name,cget_ids,label). Repeat for several files: one line each in the table.</source>
        <translation>Instead of listing pairs, measure precision and recall on labelled pairs (id_a,id_b,label) against the baseline &quot;under 100 m and similar names&quot;, or on the records of a new source judged against the label source (source_key,source_name,cget_ids,label). Repeat for several files: one line each in the table.</translation>
    </message>
    <message>
        <source>Like --evaluate-labels, then re-fit the weights on the labels, print cross-validated precision and recall (leaving out one label file at a time when several are given) and the new weights.</source>
        <translation>Like --evaluate-labels, then re-fit the weights on the labels, print cross-validated precision and recall (leaving out one label file at a time when several are given) and the new weights.</translation>
    </message>
    <message>
        <source>Source whose keys the labels use, the reference of cross-source labels (default &quot;CGET 2019&quot;).</source>
        <translation>Source whose keys the labels use, the reference of cross-source labels (default &quot;CGET 2019&quot;).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Curate the national database of tiers lieux.</source>
        <translation>Curate the national database of tiers lieux.</translation>
    </message>
    <message>
        <source>Project file to open (default: the default project).</source>
        <translation>Project file to open (default: the default project).</translation>
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
        <translation>A record cannot be paired with itself (%1 %2)</translation>
    </message>
    <message>
        <source>No record with key &quot;%1&quot; in source &quot;%2&quot;: check the source name (see the sources command) and the key</source>
        <translation>No record with key &quot;%1&quot; in source &quot;%2&quot;: check the source name (see the sources command) and the key</translation>
    </message>
    <message>
        <source>Cannot read the labelled pairs %1: %2</source>
        <translation>Cannot read the labelled pairs %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a file of labelled pairs: its first line must be id_a,id_b,label[,reason]</source>
        <translation>%1 is not a file of labelled pairs: its first line must be id_a,id_b,label[,reason]</translation>
    </message>
    <message>
        <source>Unknown feature &quot;%1&quot; in the match weights</source>
        <translation>Unknown feature &quot;%1&quot; in the match weights</translation>
    </message>
    <message>
        <source>Unknown match setting &quot;%1&quot;</source>
        <translation>Unknown match setting &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The review threshold (%1) must not exceed the same threshold (%2)</source>
        <translation>The review threshold (%1) must not exceed the same threshold (%2)</translation>
    </message>
    <message>
        <source>Cannot read the match settings %1: %2</source>
        <translation>Cannot read the match settings %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object of match settings: %2</source>
        <translation>%1 is not a JSON object of match settings: %2</translation>
    </message>
    <message>
        <source>same position</source>
        <translation>same position</translation>
    </message>
    <message>
        <source>%1 m apart</source>
        <translation>%1 m apart</translation>
    </message>
    <message>
        <source>%1 km apart</source>
        <translation>%1 km apart</translation>
    </message>
    <message>
        <source>position missing</source>
        <translation>position missing</translation>
    </message>
    <message>
        <source>names %1 % alike</source>
        <translation>names %1 % alike</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>same address</translation>
    </message>
    <message numerus="yes">
        <source>website shared by %n places (chain)</source>
        <translation>
            <numerusform>website shared by %n places (chain)</numerusform>
            <numerusform>website shared by %n places (chain)</numerusform>
        </translation>
    </message>
    <message>
        <source>same website</source>
        <translation>same website</translation>
    </message>
    <message>
        <source>same website host</source>
        <translation>same website host</translation>
    </message>
    <message>
        <source>different websites</source>
        <translation>different websites</translation>
    </message>
    <message>
        <source>same Twitter account</source>
        <translation>same Twitter account</translation>
    </message>
    <message>
        <source>same Facebook page</source>
        <translation>same Facebook page</translation>
    </message>
    <message>
        <source>different social accounts</source>
        <translation>different social accounts</translation>
    </message>
    <message>
        <source>different postcodes</source>
        <translation>different postcodes</translation>
    </message>
    <message>
        <source>coworking and fablab</source>
        <translation>coworking and fablab</translation>
    </message>
    <message>
        <source>one is marked closed</source>
        <translation>one is marked closed</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between parts of an explanation</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is not a file of cross-source labels: its first line must be source_key,source_name,cget_ids,label[,reason]</source>
        <translation>%1 is not a file of cross-source labels: its first line must be source_key,source_name,cget_ids,label[,reason]</translation>
    </message>
    <message>
        <source>%1, line %2: the label must be same, none or unsure</source>
        <translation>%1, line %2: the label must be same, none or unsure</translation>
    </message>
    <message>
        <source>pages of one website (branches)</source>
        <translation>pages of one website (branches)</translation>
    </message>
    <message>
        <source>different streets</source>
        <translation>different streets</translation>
    </message>
    <message>
        <source>a rare name word in common</source>
        <translation>a rare name word in common</translation>
    </message>
    <message>
        <source>an address without street (position approximate)</source>
        <translation>an address without street (position approximate)</translation>
    </message>
</context>
<context>
    <name>recoupe::AuditView</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>recoupe::BatchAcceptDialog</name>
    <message>
        <source>Accept merges in batch</source>
        <translation>Accept merges in batch</translation>
    </message>
    <message>
        <source>Merge these groups</source>
        <translation>Merge these groups</translation>
    </message>
    <message>
        <source>Every pair scores at least</source>
        <translation>Every pair scores at least</translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>Group %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) will be merged as proposed (one undo step).</source>
        <translation>
            <numerusform>%n group will be merged as proposed (one undo step).</numerusform>
            <numerusform>%n groups will be merged as proposed (one undo step).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>The first %1 are listed.</translation>
    </message>
</context>
<context>
    <name>recoupe::CandidateList</name>
    <message>
        <source>Place</source>
        <translation>Place</translation>
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
        <translation>Why</translation>
    </message>
    <message>
        <source>Enter or double-click: show the two places together</source>
        <translation>Enter or double-click: show the two places together</translation>
    </message>
    <message>
        <source>No place selected</source>
        <translation>No place selected</translation>
    </message>
    <message>
        <source>very likely the same</source>
        <translation>very likely the same</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>to review</translation>
    </message>
    <message>
        <source>No candidate duplicate for this place in the last search (Duplicates ▸ Find).</source>
        <translation>No candidate duplicate for this place in the last search (Duplicates ▸ Find).</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate duplicate(s) from the last search.</source>
        <translation>
            <numerusform>%n candidate duplicate from the last search.</numerusform>
            <numerusform>%n candidate duplicates from the last search.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, key %2</source>
        <translation>%1, key %2</translation>
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
        <translation>&amp;Excluded…</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <translation>&amp;Unknown</translation>
    </message>
    <message>
        <source>Give the selected places this type (one undoable step)</source>
        <translation>Give the selected places this type (one undoable step)</translation>
    </message>
    <message>
        <source>Accept the &amp;suggested type</source>
        <translation>Accept the &amp;suggested type</translation>
    </message>
    <message>
        <source>Alt+S</source>
        <translation>Alt+S</translation>
    </message>
    <message>
        <source>Give each selected place its suggested type (one undoable step)</source>
        <translation>Give each selected place its suggested type (one undoable step)</translation>
    </message>
    <message>
        <source>&amp;Compute the suggestions again</source>
        <translation>&amp;Compute the suggestions again</translation>
    </message>
    <message>
        <source>Suggested types computed.</source>
        <translation>Suggested types computed.</translation>
    </message>
    <message>
        <source>Exclude places</source>
        <translation>Exclude places</translation>
    </message>
    <message>
        <source>Needed for “other”</source>
        <translation>Needed for “other”</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclude</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Select places first (table, map or review panel).</source>
        <translation>Select places first (table, map or review panel).</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) classified as %1.</source>
        <translation>
            <numerusform>%n place classified as %1.</numerusform>
            <numerusform>%n places classified as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) took their suggested type.</source>
        <translation>
            <numerusform>%n place took their suggested type.</numerusform>
            <numerusform>%n places took their suggested type.</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing the suggested types…</source>
        <translation>Computing the suggested types…</translation>
    </message>
</context>
<context>
    <name>recoupe::DuplicateSearch</name>
    <message>
        <source>Looking for candidate duplicates…</source>
        <translation>Looking for candidate duplicates…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Candidate duplicates</source>
        <translation>Candidate duplicates</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Search for duplicates cancelled: the previous candidates are kept.</source>
        <translation>Search for duplicates cancelled: the previous candidates are kept.</translation>
    </message>
    <message>
        <source>Search for duplicates failed: %1</source>
        <translation>Search for duplicates failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidate pair(s) among %1 records: %2 very likely, %3 to review (%4 s).</source>
        <translation>
            <numerusform>%Ln candidate pair among %1 records: %2 very likely, %3 to review (%4 s).</numerusform>
            <numerusform>%Ln candidate pairs among %1 records: %2 very likely, %3 to review (%4 s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recoupe::ExportDialog</name>
    <message>
        <source>Export a snapshot</source>
        <translation>Export a snapshot</translation>
    </message>
    <message>
        <source>CSV (comma, decimal point)</source>
        <translation>CSV (comma, decimal point)</translation>
    </message>
    <message>
        <source>CSV for French spreadsheets (semicolon, decimal comma)</source>
        <translation>CSV for French spreadsheets (semicolon, decimal comma)</translation>
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
        <translation>CGET 2019 (the columns of the 2019 publication)</translation>
    </message>
    <message>
        <source>Recoupe (place ids, type, exclusion reason, geography, sources)</source>
        <translation>Recoupe (place ids, type, exclusion reason, geography, sources)</translation>
    </message>
    <message>
        <source>Public: for publication, without personal data</source>
        <translation>Public: for publication, without personal data</translation>
    </message>
    <message>
        <source>Every place (the filter bar shows them all)</source>
        <translation>Every place (the filter bar shows them all)</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n places of the current filter (%1)</source>
        <translation>
            <numerusform>Only the %n places of the current filter (%1)</numerusform>
            <numerusform>Only the %n places of the current filter (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>Places:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancel the export</translation>
    </message>
    <message>
        <source>New snapshot</source>
        <translation>New snapshot</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Save the differences as CSV…</source>
        <translation>Save the differences as CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Snapshots of this project</source>
        <translation>Snapshots of this project</translation>
    </message>
    <message>
        <source>Left out: the columns %1, e-mail addresses and telephone numbers found inside other fields, and the curators&apos; internal notes.</source>
        <translation>Left out: the columns %1, e-mail addresses and telephone numbers found inside other fields, and the curators&apos; internal notes.</translation>
    </message>
    <message>
        <source>This snapshot will hold personal data (%1): do not publish it.</source>
        <translation>This snapshot will hold personal data (%1): do not publish it.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written, an earlier file of that name is intact.</source>
        <translation>Export cancelled: nothing was written, an earlier file of that name is intact.</translation>
    </message>
    <message>
        <source>The export failed, nothing was written: %1</source>
        <translation>The export failed, nothing was written: %1</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1: %n places written to %2, with %3 and %4.</source>
        <translation>
            <numerusform>Snapshot %1: %n places written to %2, with %3 and %4.</numerusform>
            <numerusform>Snapshot %1: %n places written to %2, with %3 and %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: the columns %1; %2 e-mail addresses and %3 telephone numbers inside other fields; internal notes.</source>
        <translation>Left out: the columns %1; %2 e-mail addresses and %3 telephone numbers inside other fields; internal notes.</translation>
    </message>
    <message>
        <source>%1 text cells that a spreadsheet would run as formulas begin with an apostrophe.</source>
        <translation>%1 text cells that a spreadsheet would run as formulas begin with an apostrophe.</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
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
        <translation>Places</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 places)</source>
        <translation>%1 — %2 (%3 places)</translation>
    </message>
    <message>
        <source>Two snapshots are needed to compare.</source>
        <translation>Two snapshots are needed to compare.</translation>
    </message>
    <message>
        <source>Save the differences</source>
        <translation>Save the differences</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>recoupe::FilterBar</name>
    <message>
        <source>Search names, addresses, communes (Ctrl+F)</source>
        <translation>Search names, addresses, communes (Ctrl+F)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>All régions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>Has candidate duplicates</source>
        <translation>Has candidate duplicates</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Has problems</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Show every place</source>
        <translation>Show every place</translation>
    </message>
    <message>
        <source>All départements</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Places with a candidate duplicate found by the last search (Duplicates ▸ Find), not decided yet</source>
        <translation>Places with a candidate duplicate found by the last search (Duplicates ▸ Find), not decided yet</translation>
    </message>
    <message>
        <source>Métropole the place lies in (computed from its position)</source>
        <translation>Métropole the place lies in (computed from its position)</translation>
    </message>
    <message>
        <source>Population of the place&apos;s employment zone (2020), in the classes of the CGET</source>
        <translation>Population of the place&apos;s employment zone (2020), in the classes of the CGET</translation>
    </message>
    <message>
        <source>All employment zones</source>
        <translation>All employment zones</translation>
    </message>
    <message>
        <source>Errors and warnings of the checker (recoupe-cli check), or no coordinates, no postcode, no name, or a position outside France</source>
        <translation>Errors and warnings of the checker (recoupe-cli check), or no coordinates, no postcode, no name, or a position outside France</translation>
    </message>
    <message>
        <source>In a métropole or not</source>
        <translation>In a métropole or not</translation>
    </message>
    <message>
        <source>In any métropole</source>
        <translation>In any métropole</translation>
    </message>
    <message>
        <source>Suggested type differs</source>
        <translation>Suggested type differs</translation>
    </message>
    <message>
        <source>Places whose suggested type (Classify menu) is not their type, or whose sources disagree on it</source>
        <translation>Places whose suggested type (Classify menu) is not their type, or whose sources disagree on it</translation>
    </message>
</context>
<context>
    <name>recoupe::GeographyView</name>
    <message>
        <source>Geography (computed from the position)</source>
        <translation>Geography (computed from the position)</translation>
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
        <translation>Employment zone 2020</translation>
    </message>
    <message>
        <source>Employment zone 2010</source>
        <translation>Employment zone 2010</translation>
    </message>
    <message>
        <source>computed, nearest (%1 m)</source>
        <translation>computed, nearest (%1 m)</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>computed</translation>
    </message>
    <message>
        <source>%1 (%2); the point lies in no polygon of this layer: the nearest, at most %3 m away</source>
        <translation>%1 (%2); the point lies in no polygon of this layer: the nearest, at most %3 m away</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>not computed</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 – %2, population %3 (class %4)</source>
        <translation>%1 – %2, population %3 (class %4)</translation>
    </message>
</context>
<context>
    <name>recoupe::ImportDialog</name>
    <message>
        <source>Import a source</source>
        <translation>Import a source</translation>
    </message>
    <message>
        <source>CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile, KML or JSON file</source>
        <translation>CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile, KML or JSON file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Detect from the columns</source>
        <translation>Detect from the columns</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>&amp;Source name:</source>
        <translation>&amp;Source name:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Sources (*.csv *.xlsx *.ods *.geojson *.json *.gpkg *.shp *.kml);;All files (*)</source>
        <translation>Sources (*.csv *.xlsx *.ods *.geojson *.json *.gpkg *.shp *.kml);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>Read with the profile “%1”; %n row(s) to import.</source>
        <translation>
            <numerusform>Read with the profile “%1”; %n row to import.</numerusform>
            <numerusform>Read with the profile “%1”; %n rows to import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read with the profile “%1”.</source>
        <translation>Read with the profile “%1”.</translation>
    </message>
    <message>
        <source>(from the geometry)</source>
        <translation>(from the geometry)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Import cancelled: the project is unchanged.</source>
        <translation>Import cancelled: the project is unchanged.</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Import failed: %1</translation>
    </message>
    <message>
        <source>Imported %1 into the source “%2”.</source>
        <translation>Imported %1 into the source “%2”.</translation>
    </message>
    <message>
        <source>Save the report as CSV…</source>
        <translation>Save the report as CSV…</translation>
    </message>
    <message>
        <source>Detect from the columns (found: %1)</source>
        <translation>Detect from the columns (found: %1)</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Save the import report</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Report saved: %1</translation>
    </message>
</context>
<context>
    <name>recoupe::ImportProblemsDialog</name>
    <message>
        <source>Import problems</source>
        <translation>Import problems</translation>
    </message>
    <message numerus="yes">
        <source>Values of the latest import of each source that could not be used as they were (the raw records keep them as read): %n problem(s).</source>
        <translation>
            <numerusform>Values of the latest import of each source that could not be used as they were (the raw records keep them as read): %n problem.</numerusform>
            <numerusform>Values of the latest import of each source that could not be used as they were (the raw records keep them as read): %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
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
        <translation>Places</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>&lt;project opened&gt;</source>
        <translation>&lt;project opened&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>No recent project</source>
        <translation>No recent project</translation>
    </message>
    <message>
        <source>&amp;Import a source…</source>
        <translation>&amp;Import a source…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import a source file into this project (Ctrl+I)</source>
        <translation>Import a source file into this project (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
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
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Edit the place</source>
        <translation>&amp;Edit the place</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows as CSV</source>
        <translation>&amp;Copy selected rows as CSV</translation>
    </message>
    <message>
        <source>Ctrl+C in the table</source>
        <translation>Ctrl+C in the table</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filter…</translation>
    </message>
    <message>
        <source>Show &amp;all places</source>
        <translation>Show &amp;all places</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Zoom to selection</source>
        <translation>&amp;Zoom to selection</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Zoom to &amp;all places</source>
        <translation>Zoom to &amp;all places</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Move places on the map</source>
        <translation>&amp;Move places on the map</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Drag a selected place to move it (or Alt+drag at any time)</source>
        <translation>Drag a selected place to move it (or Alt+drag at any time)</translation>
    </message>
    <message>
        <source>&amp;Online map tiles</source>
        <translation>&amp;Online map tiles</translation>
    </message>
    <message>
        <source>OpenStreetMap tiles under the places; the bundled boundaries are always drawn</source>
        <translation>OpenStreetMap tiles under the places; the bundled boundaries are always drawn</translation>
    </message>
    <message>
        <source>Go to the &amp;table</source>
        <translation>Go to the &amp;table</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Go to the &amp;map</source>
        <translation>Go to the &amp;map</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Recoupe</source>
        <translation>&amp;About Recoupe</translation>
    </message>
    <message>
        <source>Data &amp;licences and attributions</source>
        <translation>Data &amp;licences and attributions</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) shown of %1</source>
        <translation>
            <numerusform>%Ln place shown of %1</numerusform>
            <numerusform>%Ln places shown of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Recoupe projects (*.recoupe)</source>
        <translation>Recoupe projects (*.recoupe)</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Open a project</translation>
    </message>
    <message>
        <source>Recoupe projects (*.recoupe);;All files (*)</source>
        <translation>Recoupe projects (*.recoupe);;All files (*)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>About Recoupe</source>
        <translation>About Recoupe</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recoupe %1&lt;/h3&gt;&lt;p&gt;Cross-checks and curates the national database of tiers lieux (coworkings, fablabs) for the ANCT.&lt;/p&gt;&lt;p&gt;Licence: GPL 3.0 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Recoupe %1&lt;/h3&gt;&lt;p&gt;Cross-checks and curates the national database of tiers lieux (coworkings, fablabs) for the ANCT.&lt;/p&gt;&lt;p&gt;Licence: GPL 3.0 or later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Data licences and attributions</source>
        <translation>Data licences and attributions</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Data&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Base des tiers lieux 2019&lt;/b&gt; — CGET (now ANCT), Mission Coworking: Territoires, Travail, Numérique. Licence Ouverte / Open Licence 2.0 (Etalab).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Carte des fablabs de Bretagne&lt;/b&gt; — MapLabBZH, licence CC BY 4.0.&lt;/li&gt;&lt;li&gt;&lt;b&gt;fablabs.io&lt;/b&gt; — the list of fablabs of the Fab Foundation&apos;s fablabs.io, with its terms.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenStreetMap&lt;/b&gt; — © OpenStreetMap contributors, Open Database Licence (ODbL) 1.0; map tiles from openstreetmap.org under its tile usage policy.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Boundaries of régions and départements&lt;/b&gt; — IGN Admin Express, Licence Ouverte 2.0, simplified.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Each imported source keeps its licence and attribution in the project; exports carry them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Data&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Base des tiers lieux 2019&lt;/b&gt; — CGET (now ANCT), Mission Coworking: Territoires, Travail, Numérique. Licence Ouverte / Open Licence 2.0 (Etalab).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Carte des fablabs de Bretagne&lt;/b&gt; — MapLabBZH, licence CC BY 4.0.&lt;/li&gt;&lt;li&gt;&lt;b&gt;fablabs.io&lt;/b&gt; — the list of fablabs of the Fab Foundation&apos;s fablabs.io, with its terms.&lt;/li&gt;&lt;li&gt;&lt;b&gt;OpenStreetMap&lt;/b&gt; — © OpenStreetMap contributors, Open Database Licence (ODbL) 1.0; map tiles from openstreetmap.org under its tile usage policy.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Boundaries of régions and départements&lt;/b&gt; — IGN Admin Express, Licence Ouverte 2.0, simplified.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Each imported source keeps its licence and attribution in the project; exports carry them.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>&amp;Duplicates</translation>
    </message>
    <message>
        <source>&amp;Find candidate duplicates</source>
        <translation>&amp;Find candidate duplicates</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Compare every record of the project, within and across sources, and mark the places that may be the same</source>
        <translation>Compare every record of the project, within and across sources, and mark the places that may be the same</translation>
    </message>
    <message>
        <source>&amp;Show places with candidate duplicates</source>
        <translation>&amp;Show places with candidate duplicates</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Map tile &amp;server…</source>
        <translation>Map tile &amp;server…</translation>
    </message>
    <message>
        <source>Candidate duplicates</source>
        <translation>Candidate duplicates</translation>
    </message>
    <message>
        <source>Go to the &amp;candidate duplicates</source>
        <translation>Go to the &amp;candidate duplicates</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>A search for duplicates is running: the new language will apply at the next start, or choose it again once the search has ended.</source>
        <translation>A search for duplicates is running: the new language will apply at the next start, or choose it again once the search has ended.</translation>
    </message>
    <message>
        <source>Source imported: Duplicates ▸ Find (Ctrl+D) compares its records with the others.</source>
        <translation>Source imported: Duplicates ▸ Find (Ctrl+D) compares its records with the others.</translation>
    </message>
    <message>
        <source>Review duplicates</source>
        <translation>Review duplicates</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>&amp;Review candidate duplicates</source>
        <translation>&amp;Review candidate duplicates</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Decide the candidate groups of the last search one by one, and merge them</source>
        <translation>Decide the candidate groups of the last search one by one, and merge them</translation>
    </message>
    <message>
        <source>&amp;Accept merges in batch…</source>
        <translation>&amp;Accept merges in batch…</translation>
    </message>
    <message>
        <source>C&amp;lassify</source>
        <translation>C&amp;lassify</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Export a snapshot…</source>
        <translation>&amp;Export a snapshot…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Write the places shown to a dated file for publication, with its metadata, and compare snapshots (Ctrl+Shift+S)</source>
        <translation>Write the places shown to a dated file for publication, with its metadata, and compare snapshots (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Snapshot %1 exported.</source>
        <translation>Snapshot %1 exported.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) selected</source>
        <translation>
            <numerusform>%n place selected</numerusform>
            <numerusform>%n places selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest imports found %n value(s) they could not use: File ▸ Import problems.</source>
        <translation>
            <numerusform>The latest imports found %n value they could not use: File ▸ Import problems.</numerusform>
            <numerusform>The latest imports found %n values they could not use: File ▸ Import problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;problems…</source>
        <translation>Import &amp;problems…</translation>
    </message>
    <message>
        <source>The values the latest import of each source could not use</source>
        <translation>The values the latest import of each source could not use</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Recompute the &amp;geography…</source>
        <translation>Recompute the &amp;geography…</translation>
    </message>
    <message>
        <source>Compute the région, département, EPCI, métropole and zones d&apos;emploi of every place again from the bundled layers</source>
        <translation>Compute the région, département, EPCI, métropole and zones d&apos;emploi of every place again from the bundled layers</translation>
    </message>
    <message>
        <source>Recompute the geography</source>
        <translation>Recompute the geography</translation>
    </message>
    <message>
        <source>Compute the geography of every place again, in the background? The undo history starts again afterwards (the audit log keeps every step).</source>
        <translation>Compute the geography of every place again, in the background? The undo history starts again afterwards (the audit log keeps every step).</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>The imported places are checked: the “Has problems” filter now takes them into account.</source>
        <translation>The imported places are checked: the “Has problems” filter now takes them into account.</translation>
    </message>
</context>
<context>
    <name>recoupe::MergeChooser</name>
    <message>
        <source>Kept: %1</source>
        <translation>Kept: %1</translation>
    </message>
    <message>
        <source>Typed value</source>
        <translation>Typed value</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>Typed by hand</source>
        <translation>Typed by hand</translation>
    </message>
    <message>
        <source>another value</source>
        <translation>another value</translation>
    </message>
    <message>
        <source>Move the merged place on the map instead</source>
        <translation>Move the merged place on the map instead</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>recoupe::NoticeBar</name>
    <message>
        <source>Close this notice</source>
        <translation>Close this notice</translation>
    </message>
</context>
<context>
    <name>recoupe::PlaceTableModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Removed from its sources</source>
        <translation>Removed from its sources</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
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
        <translation>Website</translation>
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
        <translation>Status</translation>
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
        <translation>Employment zone</translation>
    </message>
    <message>
        <source>Employment zone class</source>
        <translation>Employment zone class</translation>
    </message>
</context>
<context>
    <name>recoupe::PlaceTableView</name>
    <message>
        <source>Click to sort; right-click to choose the columns</source>
        <translation>Click to sort; right-click to choose the columns</translation>
    </message>
</context>
<context>
    <name>recoupe::ProblemModel</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
</context>
<context>
    <name>recoupe::ProblemsPanel</name>
    <message>
        <source>All problems</source>
        <translation>All problems</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Check every place again</source>
        <translation>Check every place again</translation>
    </message>
    <message>
        <source>Fix selected</source>
        <translation>Fix selected</translation>
    </message>
    <message>
        <source>Fix all shown</source>
        <translation>Fix all shown</translation>
    </message>
    <message>
        <source>Apply every fix of the problems listed, in one step (Ctrl+Z undoes it)</source>
        <translation>Apply every fix of the problems listed, in one step (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <source>The fixes could not be applied: %1</source>
        <translation>The fixes could not be applied: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) fixed (Ctrl+Z undoes it)</source>
        <translation>
            <numerusform>%n problem fixed (Ctrl+Z undoes it)</numerusform>
            <numerusform>%n problems fixed (Ctrl+Z undoes it)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 problems shown of %2; %3 with a fix</source>
        <translation>%1 problems shown of %2; %3 with a fix</translation>
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
        <translation>Key</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>removed from the source</source>
        <translation>removed from the source</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primary</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
</context>
<context>
    <name>recoupe::RecordEditor</name>
    <message>
        <source>Where this value comes from</source>
        <translation>Where this value comes from</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>Place %1</translation>
    </message>
    <message>
        <source>No place selected</source>
        <translation>No place selected</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Split back into the merged places</source>
        <translation>Split back into the merged places</translation>
    </message>
    <message>
        <source>Bring back the places this one absorbed, as they were; their pairs become “different places”</source>
        <translation>Bring back the places this one absorbed, as they were; their pairs become “different places”</translation>
    </message>
    <message>
        <source>Accept the suggested type</source>
        <translation>Accept the suggested type</translation>
    </message>
    <message>
        <source>Classify ▸ Accept the suggested type (Alt+S)</source>
        <translation>Classify ▸ Accept the suggested type (Alt+S)</translation>
    </message>
    <message>
        <source>Excluded: %1</source>
        <translation>Excluded: %1</translation>
    </message>
    <message>
        <source>Suggested: %1, %2 % sure — %3</source>
        <translation>Suggested: %1, %2 % sure — %3</translation>
    </message>
    <message>
        <source>Disputed: the sources of its records disagree on the type.</source>
        <translation>Disputed: the sources of its records disagree on the type.</translation>
    </message>
    <message>
        <source>“%1” was not kept for %2: %3</source>
        <translation>“%1” was not kept for %2: %3</translation>
    </message>
</context>
<context>
    <name>recoupe::ReviewPanel</name>
    <message>
        <source>Every verdict</source>
        <translation>Every verdict</translation>
    </message>
    <message>
        <source>Very likely the same</source>
        <translation>Very likely the same</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
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
        <translation>All regions</translation>
    </message>
    <message>
        <source>Still to review</source>
        <translation>Still to review</translation>
    </message>
    <message>
        <source>Blind (hide score and verdict)</source>
        <translation>Blind (hide score and verdict)</translation>
    </message>
    <message>
        <source>Review without the machine&apos;s opinion, so as not to be anchored by it</source>
        <translation>Review without the machine&apos;s opinion, so as not to be anchored by it</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pair</translation>
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
        <translation>Decision</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>With a pair chosen here, D, U and M apply to that pair only</source>
        <translation>With a pair chosen here, D, U and M apply to that pair only</translation>
    </message>
    <message>
        <source>Original attributes</source>
        <translation>Original attributes</translation>
    </message>
    <message>
        <source>Same place: merge</source>
        <translation>Same place: merge</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Merge as proposed</source>
        <translation>Merge as proposed</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Different places</source>
        <translation>Different places</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsure</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>Split the merged place</source>
        <translation>Split the merged place</translation>
    </message>
    <message>
        <source>Accept in batch…</source>
        <translation>Accept in batch…</translation>
    </message>
    <message>
        <source>Merge every group whose pairs are all very likely the same above a score you set</source>
        <translation>Merge every group whose pairs are all very likely the same above a score you set</translation>
    </message>
    <message>
        <source>Every source</source>
        <translation>Every source</translation>
    </message>
    <message>
        <source>No candidate duplicates to review: run Duplicates ▸ Find (Ctrl+D).</source>
        <translation>No candidate duplicates to review: run Duplicates ▸ Find (Ctrl+D).</translation>
    </message>
    <message>
        <source>No group chosen.</source>
        <translation>No group chosen.</translation>
    </message>
    <message numerus="yes">
        <source>Group %1 · %n place(s)</source>
        <translation>
            <numerusform>Group %1 · %n place</numerusform>
            <numerusform>Group %1 · %n places</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 apart</source>
        <translation> · %1 apart</translation>
    </message>
    <message>
        <source> · score %1 · %2</source>
        <translation> · score %1 · %2</translation>
    </message>
    <message>
        <source>very likely the same</source>
        <translation>very likely the same</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>to review</translation>
    </message>
    <message>
        <source> · examined</source>
        <translation> · examined</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n examined</source>
        <translation>
            <numerusform>%1 of %n examined</numerusform>
            <numerusform>%1 of %n examined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to go</source>
        <translation>
            <numerusform>%n to go</numerusform>
            <numerusform>%n to go</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 decisions per hour · %2</source>
        <translation>%1 decisions per hour · %2</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>%1: group %2</source>
        <translation>%1: group %2</translation>
    </message>
</context>
<context>
    <name>recoupe::ReviewQueueModel</name>
    <message>
        <source>examined</source>
        <translation>examined</translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>%1 of %2 decided</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>to review</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>recoupe::SourcesPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Linked</translation>
    </message>
    <message>
        <source>Disagreeing</source>
        <translation>Disagreeing</translation>
    </message>
    <message>
        <source>On the fields</source>
        <translation>On the fields</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>With problems</translation>
    </message>
    <message>
        <source>Problems by code</source>
        <translation>Problems by code</translation>
    </message>
    <message>
        <source>Computing the geography of every place…</source>
        <translation>Computing the geography of every place…</translation>
    </message>
    <message numerus="yes">
        <source>Geography computed for %n place(s) (%1 in a département, %2 given the nearest one, %3 in none) in %4 s.</source>
        <translation>
            <numerusform>Geography computed for %n place (%1 in a département, %2 given the nearest one, %3 in none) in %4 s.</numerusform>
            <numerusform>Geography computed for %n places (%1 in a département, %2 given the nearest one, %3 in none) in %4 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The geography could not be computed: %1</source>
        <translation>The geography could not be computed: %1</translation>
    </message>
    <message>
        <source>Working out the quality of each source…</source>
        <translation>Working out the quality of each source…</translation>
    </message>
    <message>
        <source>The quality could not be worked out: %1</source>
        <translation>The quality could not be worked out: %1</translation>
    </message>
</context>
<context>
    <name>recoupe::TileSourceDialog</name>
    <message>
        <source>Map tile server</source>
        <translation>Map tile server</translation>
    </message>
    <message>
        <source>&amp;Address template:</source>
        <translation>&amp;Address template:</translation>
    </message>
    <message>
        <source>A&amp;ttribution (always shown):</source>
        <translation>A&amp;ttribution (always shown):</translation>
    </message>
    <message>
        <source>Deepest &amp;zoom:</source>
        <translation>Deepest &amp;zoom:</translation>
    </message>
    <message>
        <source>{z}, {x} and {y} stand for the zoom level and the tile&apos;s column and row. Respect the server&apos;s usage policy.</source>
        <translation>{z}, {x} and {y} stand for the zoom level and the tile&apos;s column and row. Respect the server&apos;s usage policy.</translation>
    </message>
    <message>
        <source>&amp;OpenStreetMap</source>
        <translation>&amp;OpenStreetMap</translation>
    </message>
    <message>
        <source>The address needs {z}, {x} and {y} (and no {s}).</source>
        <translation>The address needs {z}, {x} and {y} (and no {s}).</translation>
    </message>
</context>
</TS>

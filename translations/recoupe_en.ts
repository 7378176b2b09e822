<?xml version='1.0' encoding='utf-8'?>
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
    <name>ImportReport</name>
    <message>
        <source>%1 → source "%2" (profile %3): %4 rows read; %5 added, %6 changed, %7 removed, %8 unchanged; %9 values could not be used.</source>
        <translation>%1 → source "%2" (profile %3): %4 rows read; %5 added, %6 changed, %7 removed, %8 unchanged; %9 values could not be used.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>empty key; the line number is used</source>
        <translation>empty key; the line number is used</translation>
    </message>
    <message>
        <source>key '%1' is repeated; kept as '%2'</source>
        <translation>key '%1' is repeated; kept as '%2'</translation>
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
</context>
<context>
    <name>MappingProfile</name>
    <message>
        <source>Profile %1 has no "id"</source>
        <translation>Profile %1 has no "id"</translation>
    </message>
    <message>
        <source>Profile %1: unknown field "%2"</source>
        <translation>Profile %1: unknown field "%2"</translation>
    </message>
    <message>
        <source>Profile %1: field "%2" must name a column, a list of columns or a join</source>
        <translation>Profile %1: field "%2" must name a column, a list of columns or a join</translation>
    </message>
    <message>
        <source>Profile %1: invalid type pattern "%2"</source>
        <translation>Profile %1: invalid type pattern "%2"</translation>
    </message>
</context>
<context>
    <name>Normalise</name>
    <message>
        <source>postcode '%1' is a placeholder for an unknown postcode</source>
        <translation>postcode '%1' is a placeholder for an unknown postcode</translation>
    </message>
    <message>
        <source>'%1' is not a French postcode</source>
        <translation>'%1' is not a French postcode</translation>
    </message>
    <message>
        <source>'%1' is not a web address</source>
        <translation>'%1' is not a web address</translation>
    </message>
    <message>
        <source>'%1' is not a Twitter account</source>
        <translation>'%1' is not a Twitter account</translation>
    </message>
    <message>
        <source>'%1' is not a Facebook page</source>
        <translation>'%1' is not a Facebook page</translation>
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
        <source>Unknown profile "%1" (known: %2)</source>
        <translation>Unknown profile "%1" (known: %2)</translation>
    </message>
</context>
<context>
    <name>RecordMapper</name>
    <message>
        <source>'%1' is not a number</source>
        <translation>'%1' is not a number</translation>
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
        <source>the file is binary, not a text table</source>
        <translation>the file is binary, not a text table</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1, line %2: %3</source>
        <translation>Cannot read %1, line %2: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: a JSON array of objects was expected</source>
        <translation>Cannot read %1: a JSON array of objects was expected</translation>
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
        <source>%1 is not a Recoupe project (%2)</source>
        <translation>%1 is not a Recoupe project (%2)</translation>
    </message>
    <message>
        <source>The project is not an SQLite database</source>
        <translation>The project is not an SQLite database</translation>
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
        <source>Unknown format "%1": use csv or json</source>
        <translation>Unknown format "%1": use csv or json</translation>
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
        <source>Source name in the project (default: the profile's source, else the file name). Re-importing under the same name updates that source.</source>
        <translation>Source name in the project (default: the profile's source, else the file name). Re-importing under the same name updates that source.</translation>
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
        <source>recoupe-cli: unknown command "%1"</source>
        <translation>recoupe-cli: unknown command "%1"</translation>
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
        <source>No decision on this pair to undo</source>
        <translation>No decision on this pair to undo</translation>
    </message>
    <message>
        <source>Decision forgotten: the pair may be proposed again.</source>
        <translation>Decision forgotten: the pair may be proposed again.</translation>
    </message>
    <message>
        <source>--decision must be same, different or unsure, not "%1"</source>
        <translation>--decision must be same, different or unsure, not "%1"</translation>
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
        <source>Instead of listing pairs, measure precision and recall on labelled pairs (id_a,id_b,label) against the baseline "under 100 m and similar names".</source>
        <translation>Instead of listing pairs, measure precision and recall on labelled pairs (id_a,id_b,label) against the baseline "under 100 m and similar names".</translation>
    </message>
    <message>
        <source>Like --evaluate-labels, then re-fit the weights on the labels, print cross-validated precision and recall and the new weights.</source>
        <translation>Like --evaluate-labels, then re-fit the weights on the labels, print cross-validated precision and recall and the new weights.</translation>
    </message>
    <message>
        <source>Source whose keys the labels use (default "CGET 2019").</source>
        <translation>Source whose keys the labels use (default "CGET 2019").</translation>
    </message>
    <message>
        <source>Spread of the prior around the hand-set weights when fitting (default 1.5).</source>
        <translation>Spread of the prior around the hand-set weights when fitting (default 1.5).</translation>
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
        <source>--min-score takes a number from 0 to 1, not "%1"</source>
        <translation>--min-score takes a number from 0 to 1, not "%1"</translation>
    </message>
    <message>
        <source>%1 records, %2 pairs compared, %3 same, %4 to review, %5 groups, %6 s</source>
        <translation>%1 records, %2 pairs compared, %3 same, %4 to review, %5 groups, %6 s</translation>
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
        <source>No record with key "%1" in source "%2": check the source name (see the sources command) and the key</source>
        <translation>No record with key "%1" in source "%2": check the source name (see the sources command) and the key</translation>
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
        <source>Unknown feature "%1" in the match weights</source>
        <translation>Unknown feature "%1" in the match weights</translation>
    </message>
    <message>
        <source>Unknown match setting "%1"</source>
        <translation>Unknown match setting "%1"</translation>
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
        <translation><numerusform>website shared by %n places (chain)</numerusform><numerusform>website shared by %n places (chain)</numerusform></translation>
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
</context>
<context>
    <name>recoupe::MainWindow</name>
    <message>
        <source>Recoupe — %1</source>
        <translation>Recoupe — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation><numerusform>%n place</numerusform><numerusform>%n places</numerusform></translation>
    </message>
</context>
</TS>
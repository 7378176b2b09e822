<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Basemap</name>
    <message>
        <source>Cannot prepare the basemap data in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the basemap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultProject</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled CGET database is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1 → source &quot;%2&quot; (profile %3): %4 rows read; %5 added, %6 changed, %7 removed, %8 unchanged; %9 values could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>empty key; the line number is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is repeated; kept as &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: it holds no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1 with profile %2: the key column %3 is missing (columns found: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: no coordinate column (looked for %2) and no geometry (columns found: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapDecorations</name>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coworking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fablab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basemap: IGN Admin Express (Licence Ouverte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lon %1, lat %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceType</name>
    <message>
        <source>Coworking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fablab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileRegistry</name>
    <message>
        <source>Cannot read profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 is not valid JSON: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordMapper</name>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceReader</name>
    <message>
        <source>Cannot import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MB; the limit is %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is encoded in UTF-16; save it as UTF-8 or Latin-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is binary, not a text table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The project %1 was written by a newer version of Recoupe (schema %2; this version knows up to %3). Update Recoupe to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Recoupe project (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Project file (default: the default project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: csv or json (default csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a source file (CSV, XLSX, ODS, GeoJSON, GPKG, SHP, KML, JSON) into the project; re-importing a source updates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source name in the project (default: the profile&apos;s source, else the file name). Re-importing under the same name updates that source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping profile: %1, or a JSON file (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest file accepted, in MB (default 2048).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the import report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only the summary, not each problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes exactly one file (see import --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2 (key %3), column %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no file (see %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every imported record (removed ones flagged) as CSV or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the curated places as CSV or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the imported sources with their counts and dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: recoupe-cli [--project FILE] [--lang fr|en] COMMAND [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Without --project, the default project is used (created from the bundled CGET 2019 database on first use).
Each command has --help.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recoupe-cli %1: error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recoupe-cli: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Curate the national database of tiers lieux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file to open (default: the default project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recoupe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recoupe</name>
    <message>
        <source>the format is not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recoupe::JsonArrayReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: a JSON array of objects was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recoupe::MainWindow</name>
    <message>
        <source>Recoupe — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recoupe::MappingProfile</name>
    <message>
        <source>Profile %1 has no &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1: unknown field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1: field &quot;%2&quot; must name a column, a list of columns or a join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1: invalid type pattern &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recoupe::OgrSourceReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: it holds no table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 after %2 %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recoupe::normalise</name>
    <message>
        <source>postcode &apos;%1&apos; is a placeholder for an unknown postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a French postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Twitter account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Facebook page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one of longitude and latitude is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position 0, 0 is a placeholder, not a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1, %2 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude and longitude were swapped; put back in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1, %2 is outside France</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

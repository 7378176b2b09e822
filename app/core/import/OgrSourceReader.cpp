// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/OgrSourceReader.h"

#include "Error.h"
#include "import/TextDecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QXmlStreamReader>
#include <optional>

#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>

namespace recoupe {

namespace {

// Gives lupdate and the runtime the same translation context.
struct SourceReaderText
{
    Q_DECLARE_TR_FUNCTIONS(SourceReader)
};

QString lastGdalError()
{
    const QString message = QString::fromUtf8(CPLGetLastErrorMsg());
    return message.isEmpty() ? SourceReaderText::tr("the format is not recognised") : message;
}

// GDAL's warnings go to the import report or an Error, never to the terminal.
struct QuietGdal
{
    QuietGdal() { CPLPushErrorHandler(CPLQuietErrorHandler); }
    ~QuietGdal() { CPLPopErrorHandler(); }
};

QString driverRowWord(const QString& driver)
{
    if (driver == QLatin1String("CSV"))
        return SourceReaderText::tr("line");
    if (driver == QLatin1String("XLSX") || driver == QLatin1String("ODS"))
        return SourceReaderText::tr("row");
    return SourceReaderText::tr("feature");
}

// GDAL drops a GeoJSON point whose coordinates are not numbers (["a","b"], []) and says only "Failed to
// read GeoJSON data" of a file it cannot parse. Reading the file once more with Qt's parser gives the
// line and column of a syntax error and the features whose points are dropped. Above 256 MB the check
// would cost more memory than the import: GDAL's word is taken.
constexpr qint64 MaxCheckedGeoJson = qint64(256) << 20;

qint64 lineAt(const QByteArray& text, qint64 offset)
{
    return text.left(offset).count('\n') + 1;
}

// How deep a geometry's positions lie in its "coordinates" (a position is [x, y]).
int positionDepth(const QString& type)
{
    if (type == QLatin1String("MultiPoint") || type == QLatin1String("LineString"))
        return 2;
    if (type == QLatin1String("Polygon") || type == QLatin1String("MultiLineString"))
        return 3;
    if (type == QLatin1String("MultiPolygon"))
        return 4;
    return 0;
}

bool isPosition(const QJsonValue& value)
{
    const QJsonArray a = value.toArray();
    return value.isArray() && a.size() >= 2 && a.at(0).isDouble() && a.at(1).isDouble();
}

// The first position that is not two numbers in `coordinates`, `depth` levels deep; counts positions.
std::optional<QJsonValue> badPosition(const QJsonValue& coordinates, int depth, qint64& position)
{
    if (depth == 1) {
        ++position;
        return isPosition(coordinates) ? std::nullopt : std::optional<QJsonValue>(coordinates);
    }
    if (!coordinates.isArray()) {
        ++position;
        return coordinates;
    }
    for (const QJsonValue& part : coordinates.toArray()) {
        if (auto bad = badPosition(part, depth - 1, position))
            return bad;
    }
    return std::nullopt;
}

// GDAL drops a line, polygon or multi-geometry whose coordinates hold a position that is not two numbers,
// or only the polygon holding it (a MultiPolygon then keeps its other parts): the record's position is
// missing or computed from what is left, without a word.
std::optional<ReadProblem> checkGeometry(const QJsonObject& geometry)
{
    const QString type = geometry.value(QLatin1String("type")).toString();
    if (type == QLatin1String("GeometryCollection")) {
        for (const QJsonValue& member : geometry.value(QLatin1String("geometries")).toArray()) {
            if (auto problem = checkGeometry(member.toObject()))
                return problem;
        }
        return std::nullopt;
    }
    const int depth = positionDepth(type);
    if (depth == 0)
        return std::nullopt;
    qint64 position = 0;
    const std::optional<QJsonValue> bad =
        badPosition(geometry.value(QLatin1String("coordinates")), depth, position);
    if (!bad)
        return std::nullopt;
    const QByteArray written = bad->isArray()
                                   ? QJsonDocument(bad->toArray()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(QJsonArray{*bad}).toJson(QJsonDocument::Compact);
    return ReadProblem{QStringLiteral("geometry"), QString::fromUtf8(written),
                       SourceReaderText::tr("position %1 of the %2 is not two numbers; GDAL leaves it out "
                                            "with its part or the whole geometry, so the record's position "
                                            "may be missing or wrong")
                           .arg(position)
                           .arg(type)};
}

// Throws Error with the line and column of a syntax error; else the problems of each feature (from 1).
// `gdalRead`: GDAL read the file, so bytes that are not UTF-8 (which Qt's parser refuses) are left to the
// rows, which report them value by value.
QHash<qint64, ReadProblem> checkGeoJson(const QString& path, bool gdalRead)
{
    QHash<qint64, ReadProblem> out;
    QFile file(path);
    if (file.size() > MaxCheckedGeoJson || !file.open(QIODevice::ReadOnly))
        return out;
    const QByteArray text = file.readAll();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error == QJsonParseError::IllegalUTF8String && gdalRead)
        return out;
    if (error.error != QJsonParseError::NoError) {
        // Qt's error offset is just past the character that does not fit.
        const qint64 at = std::max(0, error.offset - 1);
        throw Error(SourceReaderText::tr("Cannot read %1, line %2, column %3: %4")
                        .arg(QFileInfo(path).fileName())
                        .arg(lineAt(text, at))
                        .arg(at - (at > 0 ? text.lastIndexOf('\n', at - 1) : -1))
                        .arg(error.errorString()));
    }
    const QJsonArray features = document.object().value(QLatin1String("features")).toArray();
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QJsonObject geometry = features.at(i).toObject().value(QLatin1String("geometry")).toObject();
        if (geometry.value(QLatin1String("type")).toString() != QLatin1String("Point")) {
            if (auto problem = checkGeometry(geometry))
                out.insert(i + 1, *problem);
            continue;
        }
        const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
        if (coordinates.size() >= 2 && coordinates.at(0).isDouble() && coordinates.at(1).isDouble())
            continue;
        out.insert(i + 1, {QStringLiteral("geometry"),
                           QString::fromUtf8(QJsonDocument(coordinates).toJson(QJsonDocument::Compact)),
                           SourceReaderText::tr("the point's coordinates are not two numbers; the record has "
                                                "no position")});
    }
    return out;
}

QByteArray zipEntry(const QString& zip, const QString& entry)
{
    const QByteArray name = (QStringLiteral("/vsizip/") + zip + QLatin1Char('/') + entry).toUtf8();
    VSILFILE* file = VSIFOpenL(name.constData(), "rb");
    if (!file)
        return {};
    QByteArray out;
    char buffer[65536];
    for (size_t n; (n = VSIFReadL(buffer, 1, sizeof buffer, file)) > 0;)
        out.append(buffer, qsizetype(n));
    VSIFCloseL(file);
    return out;
}

// A spreadsheet saved by a program that does not compute formulas (a script, some converters) keeps the
// formula without its result: GDAL then reads an empty cell, and a row loses its name or position
// without a word. The sheet's XML says which cells those are.
QHash<qint64, QList<ReadProblem>> checkXlsxFormulas(const QString& path, const QString& sheetName,
                                                    const QStringList& columns)
{
    QHash<qint64, QList<ReadProblem>> out;
    QString relationship;
    QXmlStreamReader workbook(zipEntry(path, QStringLiteral("xl/workbook.xml")));
    while (!workbook.atEnd()) {
        if (workbook.readNext() == QXmlStreamReader::StartElement &&
            workbook.name() == QLatin1String("sheet") &&
            workbook.attributes().value(QLatin1String("name")) == sheetName)
            relationship = workbook.attributes().value(QLatin1String("r:id")).toString();
    }
    QString target;
    QXmlStreamReader relationships(zipEntry(path, QStringLiteral("xl/_rels/workbook.xml.rels")));
    while (!relationships.atEnd()) {
        if (relationships.readNext() == QXmlStreamReader::StartElement &&
            relationships.name() == QLatin1String("Relationship") &&
            relationships.attributes().value(QLatin1String("Id")) == relationship)
            target = relationships.attributes().value(QLatin1String("Target")).toString();
    }
    if (relationship.isEmpty() || target.isEmpty())
        return out;
    target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
    QXmlStreamReader sheet(zipEntry(path, target));
    QString reference;
    QString formula;
    bool hasFormula = false;
    bool hasValue = false;
    while (!sheet.atEnd()) {
        const auto token = sheet.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (sheet.name() == QLatin1String("c")) {
                reference = sheet.attributes().value(QLatin1String("r")).toString();
                hasFormula = hasValue = false;
                formula.clear();
            } else if (sheet.name() == QLatin1String("f")) {
                hasFormula = true;
                formula = sheet.readElementText();
            } else if (sheet.name() == QLatin1String("v") || sheet.name() == QLatin1String("is")) {
                hasValue |= !sheet.readElementText(QXmlStreamReader::IncludeChildElements).isEmpty();
            }
        } else if (token == QXmlStreamReader::EndElement && sheet.name() == QLatin1String("c") &&
                   hasFormula && !hasValue) {
            qsizetype letters = 0;
            int column = 0;
            while (letters < reference.size() && reference.at(letters).isLetter())
                column = column * 26 + (reference.at(letters++).toUpper().unicode() - 'A' + 1);
            const qint64 row = reference.mid(letters).toLongLong();
            if (row > 1) // the header row is not a record
                out[row].append(
                    {columns.value(column - 1, reference), QString(),
                     SourceReaderText::tr("the cell %1 holds a formula (=%2) whose result was not saved "
                                          "in the file, so it is read as empty; open the file in a "
                                          "spreadsheet program and save it again")
                         .arg(reference, formula)});
        }
    }
    return out;
}

bool isGeoJsonPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("geojson") || suffix == QLatin1String("json");
}

} // namespace

OgrSourceReader::OgrSourceReader(const QString& path, const SourceOpenOptions& options) : m_path(path)
{
    static const bool registered = [] {
        GDALAllRegister();
        return true;
    }();
    Q_UNUSED(registered);
    QuietGdal quiet;
    CPLErrorReset();
    // Open options of drivers that do not know them are ignored by GDAL.
    const char* openOptions[] = {"AUTODETECT_TYPE=NO",           "KEEP_GEOM_COLUMNS=YES",
                                 "EMPTY_STRING_AS_NULL=NO",      "FIELD_TYPES=STRING",
                                 "FLATTEN_NESTED_ATTRIBUTES=NO", nullptr};
    const QByteArray utf8Path = path.toUtf8();
    m_dataset = GDALDataset::FromHandle(
        GDALOpenEx(utf8Path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, openOptions, nullptr));
    if (!m_dataset) {
        const QString gdalMessage = lastGdalError();
        if (isGeoJsonPath(path))
            checkGeoJson(path, false); // throws with the line and column when the JSON is malformed
        throw Error(SourceReaderText::tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), gdalMessage));
    }

    const QString driver = QString::fromUtf8(m_dataset->GetDriverName());
    if (driver == QLatin1String("GeoJSON")) {
        try {
            m_featureProblems = checkGeoJson(path, true);
        } catch (...) {
            GDALClose(GDALDataset::ToHandle(m_dataset));
            throw;
        }
    }
    m_rowWord = driverRowWord(driver);
    m_lineOffset =
        driver == QLatin1String("CSV") || driver == QLatin1String("XLSX") || driver == QLatin1String("ODS")
            ? 1
            : 0;

    // The preferred sheet if present, else the layer with the most rows (a metadata sheet is smaller).
    const int layerCount = m_dataset->GetLayerCount();
    qint64 bestCount = -2;
    for (int i = 0; i < layerCount; ++i) {
        OGRLayer* layer = m_dataset->GetLayer(i);
        const QString name = QString::fromUtf8(layer->GetName());
        if (!options.preferredLayer.isEmpty() && name == options.preferredLayer) {
            m_layer = layer;
            break;
        }
        const bool cheap = layer->TestCapability(OLCFastFeatureCount) || layerCount > 1;
        const qint64 count = cheap ? layer->GetFeatureCount(TRUE) : -1;
        if (count > bestCount) {
            bestCount = count;
            m_layer = layer;
        }
    }
    if (!m_layer)
        throw Error(
            SourceReaderText::tr("Cannot read %1: it holds no table").arg(QFileInfo(path).fileName()));
    m_layerName = QString::fromUtf8(m_layer->GetName());
    if (m_layer->TestCapability(OLCFastFeatureCount) || layerCount > 1)
        m_rowCountHint = m_layer->GetFeatureCount(TRUE);

    OGRFeatureDefn* definition = m_layer->GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        m_columns << uniqueColumnName(decodeSourceText(definition->GetFieldDefn(i)->GetNameRef()), m_columns);
    }

    if (driver == QLatin1String("XLSX"))
        m_sheetRowProblems = checkXlsxFormulas(path, m_layerName, m_columns);

    if (const OGRSpatialReference* srs = m_layer->GetSpatialRef()) {
        OGRSpatialReference wgs84;
        wgs84.SetWellKnownGeogCS("WGS84");
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        if (!srs->IsSame(&wgs84)) {
            OGRSpatialReference source(*srs);
            source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            m_toWgs84 = OGRCreateCoordinateTransformation(&source, &wgs84);
        }
    }
    m_layer->ResetReading();
}

OgrSourceReader::~OgrSourceReader()
{
    OGRCoordinateTransformation::DestroyCT(m_toWgs84);
    GDALClose(GDALDataset::ToHandle(m_dataset));
}

bool OgrSourceReader::hasGeometry() const
{
    return m_layer->GetGeomType() != wkbNone;
}

bool OgrSourceReader::next(SourceRow& row)
{
    QuietGdal quiet;
    CPLErrorReset();
    OGRFeatureUniquePtr feature(m_layer->GetNextFeature());
    if (!feature) {
        if (CPLGetLastErrorType() >= CE_Failure)
            throw Error(SourceReaderText::tr("Cannot read %1 after %2 %3: %4")
                            .arg(QFileInfo(m_path).fileName(), m_rowWord)
                            .arg(m_position + m_lineOffset)
                            .arg(lastGdalError()));
        return false;
    }
    ++m_position;
    row.line = m_position + m_lineOffset;
    row.columns = m_columns;
    row.values.resize(m_columns.size());
    row.structured.clear();
    row.lon.reset();
    row.lat.reset();
    QList<int> invalidUtf8;
    for (int i = 0; i < m_columns.size(); ++i) {
        if (!feature->IsFieldSetAndNotNull(i)) {
            row.values[i] = QString();
            continue;
        }
        const OGRFieldType type = feature->GetFieldDefnRef(i)->GetType();
        if (type == OFTStringList) {
            QJsonArray items;
            for (char** item = feature->GetFieldAsStringList(i); item && *item; ++item)
                items.append(decodeSourceText(*item));
            row.values[i] = QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact));
            row.structured.resize(m_columns.size());
            row.structured[i] = true;
        } else {
            bool latin1 = false;
            row.values[i] = decodeSourceText(feature->GetFieldAsString(i), &latin1);
            if (latin1)
                invalidUtf8 << i;
        }
    }
    row.problems.clear();
    // GDAL hands over the file's bytes: GeoJSON, GeoPackage and spreadsheets are UTF-8 by definition, so
    // a value that is not was damaged, or comes from a file without its encoding (a .dbf without .cpg).
    for (const int i : std::as_const(invalidUtf8))
        row.problems.append({m_columns.at(i), row.values.at(i),
                             SourceReaderText::tr("the value is not valid UTF-8; read as Latin-1")});
    if (const auto problem = m_featureProblems.constFind(m_position); problem != m_featureProblems.constEnd())
        row.problems.append(*problem);
    // GDAL numbers the features of a sheet by their row.
    if (const auto cells = m_sheetRowProblems.constFind(feature->GetFID());
        cells != m_sheetRowProblems.constEnd())
        row.problems.append(*cells);
    if (const OGRGeometry* geometry = feature->GetGeometryRef(); geometry && !geometry->IsEmpty()) {
        OGRPoint point;
        const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
        if (type == wkbPoint) {
            point = *geometry->toPoint();
        } else if (type == wkbMultiPoint && geometry->toMultiPoint()->getNumGeometries() == 1) {
            point = *geometry->toMultiPoint()->getGeometryRef(0);
        } else {
            // A place is a point: of a line, a polygon or several points, the centroid stands for it, and
            // the record says so (the centroid of a MultiPoint of Vannes and Paris lies near Laval).
            geometry->Centroid(&point);
            row.problems.append({QStringLiteral("geometry"), QString::fromUtf8(geometry->getGeometryName()),
                                 SourceReaderText::tr("the geometry is a %1, not a point; its centroid is "
                                                      "used as the position")
                                     .arg(QString::fromUtf8(geometry->getGeometryName()))});
        }
        double x = point.getX();
        double y = point.getY();
        if (!m_toWgs84 || m_toWgs84->Transform(1, &x, &y)) {
            row.lon = x;
            row.lat = y;
        }
    }
    return true;
}

} // namespace recoupe

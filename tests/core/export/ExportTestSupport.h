// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"
#include "export/Exporter.h"
#include "import/Importer.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QStringList>

#include <gdal.h>
#include <ogr_api.h>

namespace recoupe::test {

// A project with the 1512 places of the CGET 2019 file (tests/data: personal columns emptied).
inline std::unique_ptr<Store> cgetProject(const TemporaryProject& project)
{
    auto store = project.open();
    ImportOptions options;
    options.profile = QStringLiteral("cget-2019");
    Importer(*store).run(dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")), options);
    return store;
}

// A small CSV source written in the test's folder.
inline QString writeFile(const QString& folder, const QString& name, const QByteArray& content)
{
    const QString path = QDir(folder).filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(content);
    return path;
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

// The first layer of a file as GDAL reads it: column names and every feature's fields as text.
struct OgrTable
{
    QStringList columns;
    QList<QStringList> rows;
    QList<std::pair<double, double>> points; // (lon, lat); NaN without geometry
    qint64 featureCount = -1;
};

inline OgrTable readWithGdal(const QString& path)
{
    GDALAllRegister();
    OgrTable t;
    GDALDatasetH ds =
        GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds)
        return t;
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
        t.columns << QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)));
    t.featureCount = OGR_L_GetFeatureCount(layer, TRUE);
    OGR_L_ResetReading(layer);
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        QStringList row;
        for (int i = 0; i < int(t.columns.size()); ++i)
            row << QString::fromUtf8(OGR_F_GetFieldAsString(f, i));
        t.rows << row;
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        t.points << (g ? std::pair{OGR_G_GetX(g, 0), OGR_G_GetY(g, 0)} : std::pair{qQNaN(), qQNaN()});
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    return t;
}

} // namespace recoupe::test

// SPDX-License-Identifier: GPL-3.0-or-later
// Geography: point-in-polygon on the bundled layers for real places (mainland, Corsica, each overseas
// département, a border, offshore), agreement with the CGET file's own codes, the zone classes read off
// that file, and geography kept in step with a move, its undo and redo.
#include "TestSupport.h"
#include "edit/Edit.h"
#include "edit/EditNotifier.h"
#include "geo/AdminCodes.h"
#include "geo/GeoLayers.h"
#include "geo/LocateAhead.h"
#include "import/Importer.h"
#include "store/GeographyStore.h"
#include "store/PlaceQueries.h"
#include "store/PlaceWriter.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QUndoStack>
#include <QtTest>

#include <ogr_geometry.h>

using namespace recoupe;
using geo::Layer;

namespace {

QString code(geo::Locator& locator, Layer layer, double lon, double lat)
{
    const geo::Hit hit = locator.locate(layer, lon, lat);
    return hit.found() ? locator.layers().units(layer)[size_t(hit.unit)].code : QString();
}

// The CGET final CSV read with GDAL's CSV driver (its quoting), as ID → attributes.
QList<QHash<QString, QString>> cgetRows()
{
    QList<QHash<QString, QString>> rows;
    QFile file(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")));
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    const QList<QByteArray> lines = file.readAll().split('\n');
    // The file quotes fields holding commas; a small reader for RFC 4180 lines without embedded breaks.
    auto split = [](const QString& line) {
        QStringList fields;
        QString current;
        bool quoted = false;
        for (int i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (quoted) {
                if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"'))
                    current += c, ++i;
                else if (c == QLatin1Char('"'))
                    quoted = false;
                else
                    current += c;
            } else if (c == QLatin1Char('"')) {
                quoted = true;
            } else if (c == QLatin1Char(',')) {
                fields << current;
                current.clear();
            } else {
                current += c;
            }
        }
        fields << current;
        return fields;
    };
    const QStringList header = split(QString::fromUtf8(lines.value(0)).trimmed());
    for (int i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = split(line);
        QHash<QString, QString> row;
        for (int c = 0; c < header.size(); ++c)
            row.insert(header.at(c), fields.value(c));
        rows << row;
    }
    return rows;
}

} // namespace

class TestGeography : public QObject
{
    Q_OBJECT

private slots:
    void locate_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<QString>("departement");
        QTest::addColumn<QString>("epci");
        QTest::addColumn<QString>("ze2010");
        // Positions of places of the CGET 2019 file (its ID), except Mayotte (no place there: the town hall
        // of Mamoudzou).
        QTest::newRow("Nantes, ADE Coworking (1)") << -1.505602 << 47.245935 << "44"
                                                   << "244400404"
                                                   << "5203";
        QTest::newRow("Paris, Anticafé (2)") << 2.361539 << 48.869483 << "75"
                                             << "200054781"
                                             << "1101";
        QTest::newRow("Ajaccio, Empire Cowork (777)") << 8.773629 << 41.951635 << "2A"
                                                      << "242010056"
                                                      << "9401";
        QTest::newRow("Sartène, CH01 (1359)") << 8.972945 << 41.620751 << "2A"
                                              << ""
                                              << "";
        QTest::newRow("Bastia Coworking (453)") << 9.44919 << 42.69562 << "2B"
                                                << "242000354"
                                                << "9404";
        QTest::newRow("Corte, U Palazzu (744)") << 9.149386 << 42.305206 << "2B"
                                                << ""
                                                << "";
        QTest::newRow("Guadeloupe, Fablab de Jarry (1211)") << -61.566073 << 16.239666 << "971"
                                                            << ""
                                                            << "";
        QTest::newRow("Martinique, Up&Space (1328)") << -60.979851 << 14.499305 << "972"
                                                     << ""
                                                     << "";
        QTest::newRow("Guyane, La Kazlab (1274)") << -54.087971 << 5.052845 << "973"
                                                  << ""
                                                  << "";
        QTest::newRow("Réunion, FabLab Réunion (1291)") << 55.558252 << -21.223149 << "974"
                                                        << ""
                                                        << "";
        QTest::newRow("Réunion, Runfablab (1409)") << 55.499036 << -20.905745 << "974"
                                                   << ""
                                                   << "";
        QTest::newRow("Mayotte, Mamoudzou") << 45.2279 << -12.7806 << "976"
                                            << ""
                                            << "";
        QTest::newRow("Saint-Ouen by the Paris border (100)") << 2.332991 << 48.901078 << "93"
                                                              << "200054781"
                                                              << "";
    }

    void locate()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(QString, departement);
        QFETCH(QString, epci);
        QFETCH(QString, ze2010);
        geo::Locator locator;
        const geo::Hit hit = locator.locate(Layer::Departements, lon, lat);
        QVERIFY(hit.found());
        QCOMPARE(hit.distanceM, 0.0);
        QCOMPARE(code(locator, Layer::Departements, lon, lat), departement);
        // Every located place has a zone d'emploi 2020 (overseas included) and an EPCI.
        QVERIFY(!code(locator, Layer::Ze2020, lon, lat).isEmpty());
        QVERIFY(!code(locator, Layer::Epci, lon, lat).isEmpty());
        if (!epci.isEmpty())
            QCOMPARE(code(locator, Layer::Epci, lon, lat), epci);
        if (!ze2010.isEmpty())
            QCOMPARE(code(locator, Layer::Ze2010, lon, lat), ze2010);
        if (departement.size() == 3) // the 2010 zones bundled have no overseas zone at a real position
            QVERIFY(code(locator, Layer::Ze2010, lon, lat).isEmpty());
    }

    // A point on the border itself: a vertex of the Paris polygon that lies on Seine-Saint-Denis's.
    void borderVertex()
    {
        const geo::GeoLayers& layers = geo::GeoLayers::bundled();
        const auto& deps = layers.units(Layer::Departements);
        int paris = -1, seineSaintDenis = -1;
        for (size_t i = 0; i < deps.size(); ++i) {
            if (deps[i].code == QLatin1String("75"))
                paris = int(i);
            if (deps[i].code == QLatin1String("93"))
                seineSaintDenis = int(i);
        }
        QVERIFY(paris >= 0 && seineSaintDenis >= 0);
        const OGRGeometry* parisGeometry = layers.layer(Layer::Departements).geometries[size_t(paris)].get();
        const OGRGeometry* ssdGeometry =
            layers.layer(Layer::Departements).geometries[size_t(seineSaintDenis)].get();
        std::unique_ptr<OGRGeometry> shared(parisGeometry->Intersection(ssdGeometry));
        QVERIFY(shared && !shared->IsEmpty());
        // The first vertex of what the two share (a line, or points where the simplified borders cross).
        const OGRGeometry* part = shared.get();
        while (OGR_GT_IsSubClassOf(part->getGeometryType(), wkbGeometryCollection))
            part = part->toGeometryCollection()->getGeometryRef(0);
        OGRPoint onBorder;
        if (wkbFlatten(part->getGeometryType()) == wkbPoint)
            onBorder = *part->toPoint();
        else if (wkbFlatten(part->getGeometryType()) == wkbPolygon)
            part->toPolygon()->getExteriorRing()->getPoint(0, &onBorder);
        else
            part->toSimpleCurve()->getPoint(0, &onBorder);
        geo::Locator locator;
        const geo::Hit hit = locator.locate(Layer::Departements, onBorder.getX(), onBorder.getY());
        QVERIFY(hit.found());
        QCOMPARE(hit.distanceM, 0.0);
        QVERIFY(
            QStringList({QStringLiteral("75"), QStringLiteral("93")}).contains(deps[size_t(hit.unit)].code));
    }

    void offshore_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<QString>("departement");
        QTest::addColumn<bool>("found");
        // Just offshore (a geocoder's point on a beach or a quay falls so against simplified coasts): the
        // nearest département within 2 km, with its distance.
        QTest::newRow("off Le Pouliguen, 600 m") << -2.545 << 47.285 << "44" << true;
        QTest::newRow("off Marseille, 1.1 km") << 5.33 << 43.27 << "13" << true;
        QTest::newRow("off Calais, 300 m") << 1.85 << 50.97 << "62" << true;
        // Further out: nothing.
        QTest::newRow("off Nice, 2.5 km") << 7.28 << 43.67 << "" << false;
        // Far out in the Bay of Biscay: nothing.
        QTest::newRow("Bay of Biscay") << -4.0 << 46.0 << "" << false;
        // Null Island: nothing.
        QTest::newRow("0, 0") << 0.0 << 0.0 << "" << false;
    }

    void offshore()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(QString, departement);
        QFETCH(bool, found);
        geo::Locator locator;
        const geo::Hit hit = locator.locate(Layer::Departements, lon, lat);
        QCOMPARE(hit.found(), found);
        if (found) {
            QVERIFY2(hit.nearest(), "expected a point outside the polygons");
            QVERIFY(hit.distanceM > 0 && hit.distanceM <= geo::GeoLayers::nearestDegrees * 111320.0 + 1);
            QCOMPARE(code(locator, Layer::Departements, lon, lat), departement);
        }
    }

    // The classes of the CGET file's CLASS_ZE, from its POP_ZE: the bounds zoneClass() uses.
    void zoneClassesOfTheCgetFile()
    {
        int compared = 0;
        for (const auto& row : cgetRows()) {
            bool ok = false;
            const qint64 population = row.value(QStringLiteral("POP_ZE")).toLongLong(&ok);
            if (!ok)
                continue;
            QCOMPARE(geo::zoneClass(population), row.value(QStringLiteral("CLASS_ZE")));
            ++compared;
        }
        QVERIFY(compared > 1400);
        QCOMPARE(geo::zoneClass(6724920), QStringLiteral("500 000-6 000 000")); // Paris, 2020
        QCOMPARE(geo::zoneClass(-1), QString());
    }

    // Computed at import; compared with the codes the CGET file gives each place.
    void agreementWithTheCgetFile()
    {
        test::TemporaryProject project;
        auto store = project.open();
        Importer(*store).run(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")),
                             {QString(), QStringLiteral("cget-2019")});
        QSqlDatabase& db = store->database();
        QHash<QString, QStringList> computed; // CGET ID → departement, region, ze2010, metropole name
        QSqlQuery q = sql::exec(
            db, QStringLiteral("SELECT r.source_key, g.departement_code, g.region_code, g.ze2010_code, "
                               "coalesce(u.name, '') FROM raw_record r JOIN place_record pr ON "
                               "pr.raw_record_id = r.id JOIN place_geography g ON g.place_id = "
                               "pr.place_id LEFT JOIN geo_unit u ON u.layer = 'epci' AND u.code = "
                               "g.metropole_code"));
        while (q.next())
            computed.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(),
                                                    q.value(3).toString(), q.value(4).toString()});
        int rows = 0, departements = 0, regions = 0, zones = 0, zonesCompared = 0, metropoles = 0;
        for (const auto& row : cgetRows()) {
            const QString id = row.value(QStringLiteral("ID"));
            if (!computed.contains(id))
                continue;
            ++rows;
            const QStringList mine = computed.value(id);
            const QString fileDep = row.value(QStringLiteral("INSEEDEP"));
            if (fileDep == mine.at(0)) {
                ++departements;
            } else {
                // Every disagreement is a fault of the file: its own postcode or commune code says ours.
                const QString byPostcode = geo::departementFromPostcode(row.value(QStringLiteral("CP")));
                const QString byCommune = geo::departementFromPostcode(row.value(QStringLiteral("INSEECOM")));
                QVERIFY2(
                    byPostcode == mine.at(0) || byCommune == mine.at(0),
                    qPrintable(QStringLiteral("ID %1: file %2, computed %3").arg(id, fileDep, mine.at(0))));
            }
            regions += row.value(QStringLiteral("INSEEREG")) == mine.at(1);
            // The file's zone codes lost their leading zero in 97 rows ("59" for "0059").
            const QString fileZone = row.value(QStringLiteral("INSEE_ZE"));
            if (!fileZone.isEmpty()) {
                ++zonesCompared;
                zones += fileZone.rightJustified(4, QLatin1Char('0')) == mine.at(2);
            }
            metropoles +=
                row.value(QStringLiteral("NOMMETRO")).compare(mine.at(3), Qt::CaseInsensitive) == 0 ||
                row.value(QStringLiteral("NOMMETRO")) == QStringLiteral("Métropole ") + mine.at(3);
        }
        qInfo("agreement with the CGET file over %d places: département %d, région %d, métropole %d; zone "
              "d'emploi 2010 %d of %d given",
              rows, departements, regions, metropoles, zones, zonesCompared);
        QCOMPARE(rows, 1512);
        QVERIFY(departements >= 1505);
        QVERIFY(metropoles >=
                1500); // the file writes "Métropole Grenoble-Alpes-Métropole"; 7 border cases differ
        QVERIFY(zones >= zonesCompared - 20);
        // The overseas rows the file gets wrong: Réunion given 2A, Guadeloupe and Martinique given 973.
        QCOMPARE(computed.value(QStringLiteral("1291")).at(0), QStringLiteral("974"));
        QCOMPARE(computed.value(QStringLiteral("1211")).at(0), QStringLiteral("971"));
        QCOMPARE(computed.value(QStringLiteral("1328")).at(0), QStringLiteral("972"));
        QCOMPARE(computed.value(QStringLiteral("1291")).at(1), QStringLiteral("04"));
    }

    // The table's geography columns and the filters on métropole and zone class read place_geography.
    void columnsAndFilters()
    {
        test::TemporaryProject project;
        auto store = project.open();
        Importer(*store).run(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")),
                             {QString(), QStringLiteral("cget-2019")});
        QSqlDatabase& db = store->database();
        PlaceFilter nantes;
        nantes.metropole = QStringLiteral("244400404");
        const qint64 inNantes = placeQueries::count(db, nantes);
        QCOMPARE(inNantes, test::rowCount(*store, QStringLiteral("place_geography"),
                                          QStringLiteral("metropole_code = '244400404'")));
        QVERIFY(inNantes >= 30); // the CGET file names Nantes Métropole for 32 places
        PlaceFilter any;
        any.metropole = QString::fromLatin1(PlaceFilter::anyMetropole);
        QCOMPARE(placeQueries::count(db, any), test::rowCount(*store, QStringLiteral("place_geography"),
                                                              QStringLiteral("metropole_code IS NOT NULL")));
        PlaceFilter small;
        small.zoneClass = QStringLiteral("0-50 000");
        const qint64 inSmall = placeQueries::count(db, small);
        QVERIFY(inSmall > 0);
        QCOMPARE(inSmall, test::rowCount(*store, QStringLiteral("place_geography"),
                                         QStringLiteral("ze2020_class = '0-50 000'")));
        const QList<QVariantList> rows =
            placeQueries::page(db, nantes, {PlaceColumn::Name, Qt::AscendingOrder}, 0, 5);
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().at(int(PlaceColumn::Region)).toString(), QStringLiteral("Pays de la Loire"));
        QCOMPARE(rows.first().at(int(PlaceColumn::Departement)).toString(),
                 QStringLiteral("44 – Loire-Atlantique"));
        QCOMPARE(rows.first().at(int(PlaceColumn::Metropole)).toString(), QStringLiteral("Nantes Métropole"));
        // Sorted by a geography column, a place's row is found.
        const PlaceSort byRegion{PlaceColumn::Region, Qt::DescendingOrder};
        const qint64 id = rows.first().at(int(PlaceColumn::Id)).toLongLong();
        const qint64 row = placeQueries::rowOf(db, {}, byRegion, id);
        QCOMPARE(placeQueries::page(db, {}, byRegion, row, 1).first().at(int(PlaceColumn::Id)).toLongLong(),
                 id);
    }

    // A move recomputes the place's geography; undo and redo bring each back.
    void moveUndoRedo()
    {
        test::TemporaryProject project;
        auto store = project.open();
        Importer(*store).run(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")),
                             {QString(), QStringLiteral("cget-2019")});
        QSqlDatabase& db = store->database();
        const qint64 place =
            sql::scalar(db, QStringLiteral("SELECT pr.place_id FROM place_record pr JOIN raw_record r ON "
                                           "r.id = pr.raw_record_id WHERE r.source_key = '1'"))
                .toLongLong();
        auto departement = [&] {
            return sql::scalar(
                       db,
                       QStringLiteral("SELECT departement_code || '/' || coalesce(metropole_code, '-') FROM "
                                      "place_geography WHERE place_id = ?"),
                       {place})
                .toString();
        };
        QCOMPARE(departement(), QStringLiteral("44/244400404"));
        QUndoStack stack;
        edit::Notifier notifier;
        edit::Session session{*store, stack, notifier};
        QString error;
        QVERIFY2(edit::movePlace(session, place, -1.6778, 48.1173, &error), qPrintable(error)); // Rennes
        QCOMPARE(departement(), QStringLiteral("35/243500139"));
        stack.undo();
        QCOMPARE(departement(), QStringLiteral("44/244400404"));
        stack.redo();
        QCOMPARE(departement(), QStringLiteral("35/243500139"));
        // One place's geography, layers loaded: the goal is under 5 ms.
        QElapsedTimer timer;
        timer.start();
        const int repeats = 50;
        for (int i = 0; i < repeats; ++i)
            geography::updatePlaces(db, {place});
        const double ms = double(timer.nsecsElapsed()) / 1e6 / repeats;
        qInfo("one place's geography recomputed in %.3f ms", ms);
        QVERIFY(ms < 5.0);
    }

    // A merge that takes the absorbed place's position gives the kept place that geography; undo and
    // redo of the merge bring each back (place_geography is recorded with the merge's changes).
    void mergeUndoRedo()
    {
        test::TemporaryProject project;
        auto store = project.open();
        Importer(*store).run(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")),
                             {QString(), QStringLiteral("cget-2019")});
        QSqlDatabase& db = store->database();
        auto placeOf = [&](const char* key) {
            return sql::scalar(db,
                               QStringLiteral("SELECT pr.place_id FROM place_record pr JOIN raw_record r ON "
                                              "r.id = pr.raw_record_id WHERE r.source_key = ?"),
                               {QString::fromLatin1(key)})
                .toLongLong();
        };
        const qint64 nantes = placeOf("1"), paris = placeOf("2");
        auto departement = [&](qint64 place) {
            return sql::scalar(
                       db, QStringLiteral("SELECT departement_code FROM place_geography WHERE place_id = ?"),
                       {place})
                .toString();
        };
        QUndoStack stack;
        edit::Notifier notifier;
        edit::Session session{*store, stack, notifier};
        MergePlan plan;
        plan.kept = nantes;
        plan.absorbed = {paris};
        const qint64 parisRecord =
            sql::scalar(db, QStringLiteral("SELECT primary_record_id FROM place WHERE id = ?"), {paris})
                .toLongLong();
        plan.fields = {{Field::Lon, 2.361539, parisRecord}, {Field::Lat, 48.869483, parisRecord}};
        QString error;
        QVERIFY2(edit::mergePlaces(session, plan, &error), qPrintable(error));
        QCOMPARE(departement(nantes), QStringLiteral("75"));
        stack.undo();
        QCOMPARE(departement(nantes), QStringLiteral("44"));
        stack.redo();
        QCOMPARE(departement(nantes), QStringLiteral("75"));
    }

    // Without coordinates: no geography, and a place that loses its position loses it.
    // The points an import locates while its rows are read come back in order, located as a Locator would.
    void locateAheadLocatesInOrder()
    {
        const std::vector<std::pair<double, double>> points = {{-1.6778, 48.1173}, {2.3522, 48.8566},
                                                               {8.7369, 41.9192},  {-61.534, 16.241},
                                                               {-30.0, 40.0},      {-2.545, 47.285}};
        geo::LocateAhead ahead;
        for (const auto& [lon, lat] : points)
            ahead.add(lon, lat);
        const geo::LocatedPoints located = ahead.take();
        QCOMPARE(located.size(), points.size());
        geo::Locator locator;
        for (size_t i = 0; i < points.size(); ++i) {
            QCOMPARE(located.lon(i), points[i].first);
            QCOMPARE(located.lat(i), points[i].second);
            const geo::Location expected = locator.locate(points[i].first, points[i].second);
            for (int layer = 0; layer < int(Layer::Count); ++layer) {
                QCOMPARE(located.location(i).hits[layer].unit, expected.hits[layer].unit);
                QCOMPARE(located.location(i).hits[layer].distanceM, expected.hits[layer].distanceM);
            }
        }
        // Off Le Pouliguen (the last point): the nearest département, 600 m away, kept whole.
        QVERIFY(located.location(5).hits[int(Layer::Departements)].nearest());
        geo::LocateAhead unused; // destroyed without take(): stops without waiting for points
        unused.add(2.35, 48.85);
        QVERIFY(geo::LocateAhead().take().empty());
    }

    // The geography an import writes from the points it located ahead is the one a full run computes; and
    // a point located ahead is taken only by a place at that very point.
    void importGeographyEqualsAFullRun()
    {
        test::TemporaryProject project;
        auto store = project.open();
        Importer(*store).run(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")), {});
        QSqlDatabase& db = store->database();
        const QString columns = QStringLiteral(
            "place_id, lon, lat, region_code, departement_code, departement_distance_m, epci_code, "
            "epci_distance_m, metropole_code, ze2020_code, ze2020_distance_m, ze2020_class, ze2010_code, "
            "ze2010_distance_m");
        auto rows = [&] {
            QStringList out;
            QSqlQuery q = sql::exec(
                db, QStringLiteral("SELECT %1 FROM place_geography ORDER BY place_id").arg(columns));
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < 14; ++i)
                    values << q.value(i).toString();
                out << values.join(QLatin1Char('|'));
            }
            return out;
        };
        const QStringList imported = rows();
        QCOMPARE(imported.size(), 1512);
        sql::Transaction transaction(db);
        geography::updateAll(db);
        QCOMPARE(rows(), imported);

        // A location handed ahead for the first place's point is taken as it is (here a wrong one, to see
        // it).
        sql::exec(db, QStringLiteral("DELETE FROM place_geography"));
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id, lon, lat FROM place WHERE lon IS NOT NULL "
                                                   "ORDER BY id LIMIT 2"));
        QVERIFY(q.next());
        const qint64 first = q.value(0).toLongLong();
        geo::LocatedPoints ahead;
        geo::Location marked;
        marked.hits[int(Layer::Departements)].unit = 0;
        ahead.append(q.value(1).toDouble(), q.value(2).toDouble(), marked);
        QVERIFY(q.next());
        const qint64 second = q.value(0).toLongLong();
        // Not the second place's point: ignored, and that place is located as usual.
        ahead.append(q.value(1).toDouble() + 1.0, q.value(2).toDouble(), geo::Location());
        q.finish();
        geography::updateStale(db, {}, nullptr, ahead);
        const auto departement = [&db](qint64 place) {
            return sql::scalar(
                       db, QStringLiteral("SELECT departement_code FROM place_geography WHERE place_id = ?"),
                       {place})
                .toString();
        };
        QCOMPARE(departement(first), geo::GeoLayers::bundled().units(Layer::Departements)[0].code);
        QCOMPARE(departement(second), imported.value(1).split(QLatin1Char('|')).value(4));
        QCOMPARE(rows().mid(2), imported.mid(2));
    }

    void noCoordinates()
    {
        test::TemporaryProject project;
        auto store = project.open();
        Importer(*store).run(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")),
                             {QString(), QStringLiteral("cget-2019")});
        QSqlDatabase& db = store->database();
        QUndoStack stack;
        edit::Notifier notifier;
        edit::Session session{*store, stack, notifier};
        const qint64 place = sql::scalar(db, QStringLiteral("SELECT min(id) FROM place")).toLongLong();
        QVERIFY(edit::setPlaceField(session, place, Field::Lon, QString()));
        QVERIFY(sql::scalar(db,
                            QStringLiteral("SELECT departement_code FROM place_geography WHERE place_id = ?"),
                            {place})
                    .isNull());
        stack.undo();
        QCOMPARE(
            sql::scalar(db, QStringLiteral("SELECT departement_code FROM place_geography WHERE place_id = ?"),
                        {place})
                .toString(),
            QStringLiteral("44"));
        QVERIFY(!geography::needsUpdate(db));
    }
};

QTEST_GUILESS_MAIN(TestGeography)
#include "tst_geography.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/TileSourceSettings.h"

#include <QTest>

using namespace recoupe::map;

class TestTileSourceSettings : public QObject
{
    Q_OBJECT

private slots:
    void openStreetMapDefaults();
    void url_data();
    void url();
    void validity_data();
    void validity();
    void jsonRoundTrip();
};

void TestTileSourceSettings::openStreetMapDefaults()
{
    const TileSourceSettings osm = TileSourceSettings::openStreetMap();
    QCOMPARE(osm.urlTemplate, QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
    QCOMPARE(osm.attribution, QStringLiteral("© OpenStreetMap contributors"));
    QCOMPARE(osm.userAgent, QByteArrayLiteral("Recoupe/0.1 (+desktop app of ANCT tiers-lieux curation)"));
    QCOMPARE(osm.maxZoom, 19);
    QVERIFY(osm.isValid());
}

void TestTileSourceSettings::url_data()
{
    QTest::addColumn<QString>("urlTemplate");
    QTest::addColumn<QStringList>("subdomains");
    QTest::addColumn<int>("z");
    QTest::addColumn<int>("x");
    QTest::addColumn<int>("y");
    QTest::addColumn<QString>("expected");
    QTest::newRow("osm") << "https://tile.openstreetmap.org/{z}/{x}/{y}.png" << QStringList() << 12 << 2074
                         << 1409 << "https://tile.openstreetmap.org/12/2074/1409.png";
    QTest::newRow("subdomain a") << "https://{s}.tile.example.org/{z}/{x}/{y}.png"
                                 << QStringList{"a", "b", "c"} << 3 << 1 << 2
                                 << "https://a.tile.example.org/3/1/2.png";
    QTest::newRow("subdomain c") << "https://{s}.tile.example.org/{z}/{x}/{y}.png"
                                 << QStringList{"a", "b", "c"} << 3 << 1 << 1
                                 << "https://c.tile.example.org/3/1/1.png";
    QTest::newRow("y before x") << "https://wmts.example.org/{z}/{y}/{x}" << QStringList() << 5 << 16 << 11
                                << "https://wmts.example.org/5/11/16";
}

void TestTileSourceSettings::url()
{
    QFETCH(QString, urlTemplate);
    QFETCH(QStringList, subdomains);
    QFETCH(int, z);
    QFETCH(int, x);
    QFETCH(int, y);
    QFETCH(QString, expected);
    TileSourceSettings source;
    source.urlTemplate = urlTemplate;
    source.subdomains = subdomains;
    QCOMPARE(source.url(TileId{z, x, y}), QUrl(expected));
}

void TestTileSourceSettings::validity_data()
{
    QTest::addColumn<QString>("urlTemplate");
    QTest::addColumn<QStringList>("subdomains");
    QTest::addColumn<bool>("valid");
    QTest::newRow("complete") << "https://t/{z}/{x}/{y}.png" << QStringList() << true;
    QTest::newRow("no y") << "https://t/{z}/{x}.png" << QStringList() << false;
    QTest::newRow("{s} without subdomains") << "https://{s}.t/{z}/{x}/{y}.png" << QStringList() << false;
    QTest::newRow("empty") << QString() << QStringList() << false;
}

void TestTileSourceSettings::validity()
{
    QFETCH(QString, urlTemplate);
    QFETCH(QStringList, subdomains);
    QFETCH(bool, valid);
    TileSourceSettings source;
    source.urlTemplate = urlTemplate;
    source.subdomains = subdomains;
    QCOMPARE(source.isValid(), valid);
}

void TestTileSourceSettings::jsonRoundTrip()
{
    TileSourceSettings source;
    source.name = QStringLiteral("Test");
    source.urlTemplate = QStringLiteral("https://{s}.t/{z}/{x}/{y}.png");
    source.subdomains = {QStringLiteral("a"), QStringLiteral("b")};
    source.attribution = QStringLiteral("© Test");
    source.maxZoom = 17;
    QCOMPARE(TileSourceSettings::fromJson(source.toJson()), source);
}

QTEST_GUILESS_MAIN(TestTileSourceSettings)
#include "tst_tilesourcesettings.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// A source row's stored form: JSON text that parses back to the same values, and a stable digest.
#include "import/SourceReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace recoupe;

class TestSourceRow : public QObject
{
    Q_OBJECT
private slots:
    void attributesJsonRoundTrips_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << "ADE Coworking";
        QTest::newRow("quotes") << "Le \"Bocal\"";
        QTest::newRow("backslash") << "a\\b";
        QTest::newRow("newline and tab") << "ligne 1\nligne 2\tfin\r";
        QTest::newRow("control") << QString(QChar(0x01)) + QStringLiteral("x");
        QTest::newRow("accents") << QString::fromUtf8("Châtelier — Île-de-France");
        QTest::newRow("outside BMP") << QString::fromUtf8("Fab 🚀 Lab");
    }
    void attributesJsonRoundTrips()
    {
        QFETCH(QString, value);
        SourceRow row;
        row.columns = {QStringLiteral("NOM"), QStringLiteral("VIDE"), QStringLiteral("links"),
                       QStringLiteral("n")};
        row.values = {value, QString(), QStringLiteral("[\"http://a.fr\",\"https://twitter.com/b\"]"),
                      QStringLiteral("47.25")};
        row.structured = {false, false, true, true};
        const QJsonObject parsed = QJsonDocument::fromJson(row.attributesJson()).object();
        QCOMPARE(parsed.value(QLatin1String("NOM")).toString(), value);
        QVERIFY(!parsed.contains(QLatin1String("VIDE")));
        QCOMPARE(parsed.value(QLatin1String("links")).toArray().size(), 2);
        QCOMPARE(parsed.value(QLatin1String("n")).toDouble(), 47.25);
        QCOMPARE(row.attributes(), parsed);
    }

    void digestIgnoresEmptyColumnsButNotValuesOrPosition()
    {
        SourceRow a;
        a.columns = {QStringLiteral("id"), QStringLiteral("name")};
        a.values = {QStringLiteral("1"), QStringLiteral("Tilt")};
        SourceRow b = a;
        b.columns << QStringLiteral("mastodon");
        b.values << QString();
        QCOMPARE(a.digest(a.attributesJson()), b.digest(b.attributesJson()));
        b.values[1] = QStringLiteral("Tilt!");
        QVERIFY(a.digest(a.attributesJson()) != b.digest(b.attributesJson()));
        SourceRow c = a;
        c.lon = -2.6;
        c.lat = 47.6;
        QVERIFY(a.digest(a.attributesJson()) != c.digest(c.attributesJson()));
    }
};

QTEST_GUILESS_MAIN(TestSourceRow)
#include "tst_source_row.moc"

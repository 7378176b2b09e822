// SPDX-License-Identifier: GPL-3.0-or-later
// A source row's stored form: JSON text that parses back to the same values, and a stable digest.
#include "import/SourceReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace recoupe;

namespace {

// The stored form as every earlier version wrote it (escaped in UTF-16, then converted): records imported
// by them keep their digests, so a file re-imported unchanged shows no record changed.
QByteArray earlierAttributesJson(const SourceRow& row)
{
    auto escaped = [](QString& out, const QString& text) {
        out += QLatin1Char('"');
        for (const QChar ch : text) {
            const char16_t c = ch.unicode();
            if (c == u'"')
                out += QLatin1String("\\\"");
            else if (c == u'\\')
                out += QLatin1String("\\\\");
            else if (c == u'\n')
                out += QLatin1String("\\n");
            else if (c == u'\r')
                out += QLatin1String("\\r");
            else if (c == u'\t')
                out += QLatin1String("\\t");
            else if (c < 0x20)
                out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
            else
                out += ch;
        }
        out += QLatin1Char('"');
    };
    QString out = QStringLiteral("{");
    bool first = true;
    for (qsizetype i = 0; i < row.columns.size() && i < row.values.size(); ++i) {
        if (row.values.at(i).isEmpty())
            continue;
        if (!first)
            out += QLatin1Char(',');
        first = false;
        escaped(out, row.columns.at(i));
        out += QLatin1Char(':');
        if (row.isStructured(i))
            out += row.values.at(i);
        else
            escaped(out, row.values.at(i));
    }
    out += QLatin1Char('}');
    return out.toUtf8();
}

} // namespace

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

    // Random text of every kind of character (ASCII, escapes, controls, Latin, CJK, pairs outside the BMP,
    // lone surrogates): the same bytes as before, to the last one.
    void attributesJsonKeepsItsBytes()
    {
        QRandomGenerator random(1512);
        const char16_t pool[] = {u'a',   u'Z',   u' ',   u'"',   u'\\',  u'\n', u'\r', u'\t',
                                 0x01,   0x1f,   0x7f,   0x80,   0xe9,   0x7ff, 0x800, 0x2014,
                                 0xfeff, 0xfffd, 0xffff, 0xd83d, 0xde80, 0xdc00};
        for (int round = 0; round < 20000; ++round) {
            SourceRow row;
            for (int c = 0; c < 3; ++c) {
                QString text;
                const int size = int(random.bounded(0, 12));
                for (int i = 0; i < size; ++i)
                    text += QChar(pool[random.bounded(int(std::size(pool)))]);
                row.columns << (c == 1 ? text + QStringLiteral("_col") : QStringLiteral("c%1").arg(c));
                row.values << text;
            }
            QCOMPARE(row.attributesJson(), earlierAttributesJson(row));
        }
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

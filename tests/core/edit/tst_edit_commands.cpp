// SPDX-License-Identifier: GPL-3.0-or-later
// The edit façade: values checked with the import's normalisers, each change one undoable command that
// writes the place, its field_origin and the audit log, and tells the notifier; undo restores the origin.
#include "TestSupport.h"
#include "edit/Edit.h"
#include "edit/EditNotifier.h"
#include "import/Importer.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace recoupe;

class TestEditCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_store = m_project.open();
        Importer(*m_store).run(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")),
                               {QString(), QStringLiteral("cget-2019")});
        m_place = sql::scalar(m_store->database(),
                              QStringLiteral("SELECT min(id) FROM place WHERE lon IS NOT NULL"))
                      .toLongLong();
    }

    void checkField_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("name trimmed") << int(Field::Name) << "  La  Forge "
                                      << "La Forge" << true;
        QTest::newRow("empty name") << int(Field::Name) << " "
                                    << "" << false;
        QTest::newRow("postcode zero restored") << int(Field::Postcode) << "1000"
                                                << "01000" << true;
        QTest::newRow("postcode letters") << int(Field::Postcode) << "35a00"
                                          << "" << false;
        QTest::newRow("empty postcode") << int(Field::Postcode) << ""
                                        << "" << true;
        QTest::newRow("website") << int(Field::Website) << "www.Example.fr/"
                                 << "http://www.example.fr" << true;
        QTest::newRow("website is facebook") << int(Field::Website) << "https://facebook.com/lab"
                                             << "" << false;
        QTest::newRow("twitter") << int(Field::Twitter) << "https://twitter.com/fablab"
                                 << "@fablab" << true;
        QTest::newRow("type label") << int(Field::Type) << "Fablab"
                                    << "fablab" << true;
        QTest::newRow("type other") << int(Field::Type) << "bakery"
                                    << "" << false;
        QTest::newRow("lat comma") << int(Field::Lat) << "47,25"
                                   << "47.2500000" << true;
        QTest::newRow("lat out of range") << int(Field::Lat) << "97"
                                          << "" << false;
        QTest::newRow("lon not a number") << int(Field::Lon) << "2.3x"
                                          << "" << false;
    }

    void checkField()
    {
        QFETCH(int, field);
        QFETCH(QString, text);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        const edit::CheckedValue checked = edit::checkField(Field(field), text);
        QCOMPARE(checked.problem.isEmpty(), valid);
        if (valid)
            QCOMPARE(checked.value, value);
    }

    void editUndoRedo()
    {
        QUndoStack stack;
        edit::Notifier notifier;
        edit::Session session{*m_store, stack, notifier};
        QSignalSpy changed(&notifier, &edit::Notifier::placesChanged);
        const QString before = value(QStringLiteral("website"));

        QString error;
        QVERIFY2(edit::setPlaceField(session, m_place, Field::Website, QStringLiteral("WWW.Nouveau-Site.fr"),
                                     &error),
                 qPrintable(error));
        QCOMPARE(value(QStringLiteral("website")), QStringLiteral("http://www.nouveau-site.fr"));
        QCOMPARE(origins(QStringLiteral("website"), QStringLiteral("raw_record_id IS NULL")), qint64(1));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QList<qint64>>(), QList<qint64>{m_place});
        QCOMPARE(changed.first().at(1).value<edit::FieldMask>(), edit::fieldBit(Field::Website));
        QCOMPARE(audit(QStringLiteral("edit")), qint64(1));

        // Unchanged value: nothing pushed. Invalid value: refused with a reason.
        QVERIFY(edit::setPlaceField(session, m_place, Field::Website,
                                    QStringLiteral("http://www.nouveau-site.fr")));
        QCOMPARE(stack.count(), 1);
        QVERIFY(!edit::setPlaceField(session, m_place, Field::Postcode, QStringLiteral("abc"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(stack.count(), 1);

        stack.undo();
        QCOMPARE(value(QStringLiteral("website")), before);
        QCOMPARE(origins(QStringLiteral("website")), qint64(0));
        QCOMPARE(audit(QStringLiteral("undo")), qint64(1));
        stack.redo();
        QCOMPARE(value(QStringLiteral("website")), QStringLiteral("http://www.nouveau-site.fr"));
        QCOMPARE(audit(QStringLiteral("redo")), qint64(1));
        QCOMPARE(changed.size(), 3);
    }

    void undoRestoresAnOriginFromAnotherRecord()
    {
        // A field taken from another record at a merge keeps pointing at it after an edit is undone.
        const qint64 other =
            sql::scalar(m_store->database(), QStringLiteral("SELECT max(id) FROM raw_record")).toLongLong();
        sql::exec(m_store->database(),
                  QStringLiteral(
                      "INSERT INTO field_origin(place_id, field, raw_record_id) VALUES (?, 'commune', ?)"),
                  {m_place, other});
        QUndoStack stack;
        edit::Notifier notifier;
        edit::Session session{*m_store, stack, notifier};
        QVERIFY(edit::setPlaceField(session, m_place, Field::Commune, QStringLiteral("Ailleurs")));
        QCOMPARE(origins(QStringLiteral("commune"), QStringLiteral("raw_record_id IS NULL")), qint64(1));
        stack.undo();
        QCOMPARE(origins(QStringLiteral("commune"), QStringLiteral("raw_record_id = %1").arg(other)),
                 qint64(1));
    }

    void typeAndMove()
    {
        QUndoStack stack;
        edit::Notifier notifier;
        edit::Session session{*m_store, stack, notifier};
        QVERIFY(edit::setPlaceField(session, m_place, Field::Type, QStringLiteral("fablab")));
        QCOMPARE(value(QStringLiteral("type")).toInt(), 2);
        const double lon = value(QStringLiteral("lon")).toDouble();
        QVERIFY(edit::movePlace(session, m_place, 2.35, 48.85));
        QCOMPARE(value(QStringLiteral("lon")).toDouble(), 2.35);
        QCOMPARE(value(QStringLiteral("lat")).toDouble(), 48.85);
        QCOMPARE(stack.undoText(), QStringLiteral("Move “%1”").arg(value(QStringLiteral("name"))));
        stack.undo();
        QCOMPARE(value(QStringLiteral("lon")).toDouble(), lon);
        QVERIFY(!edit::movePlace(session, m_place, 200, 0));
        QVERIFY(!edit::setPlaceField(session, 999999999, Field::Name, QStringLiteral("x")));
    }

private:
    QString value(const QString& column)
    {
        return sql::scalar(m_store->database(),
                           QStringLiteral("SELECT %1 FROM place WHERE id = ?").arg(column), {m_place})
            .toString();
    }
    qint64 origins(const QString& field, const QString& extra = QStringLiteral("1"))
    {
        return test::rowCount(
            *m_store, QStringLiteral("field_origin"),
            QStringLiteral("place_id = %1 AND field = '%2' AND %3").arg(m_place).arg(field, extra));
    }
    qint64 audit(const QString& action)
    {
        return test::rowCount(
            *m_store, QStringLiteral("audit_log"),
            QStringLiteral("action = '%1' AND entity = 'place' AND entity_id = %2 AND user = 'test'")
                .arg(action)
                .arg(m_place));
    }

    test::TemporaryProject m_project;
    std::unique_ptr<Store> m_store;
    qint64 m_place = 0;
};

QTEST_GUILESS_MAIN(TestEditCommands)
#include "tst_edit_commands.moc"

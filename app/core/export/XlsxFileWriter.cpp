// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/XlsxFileWriter.h"

#include "Error.h"

#include <QCoreApplication>
#include <QLocale>

#include <cpl_conv.h>
#include <cpl_error.h>

namespace recoupe::exporting {

namespace {

const char* const contentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    "\n"
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/xl/workbook.xml" )"
    R"(ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
    R"(<Override PartName="/xl/styles.xml" )"
    R"(ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>)"
    R"(<Override PartName="/xl/worksheets/sheet1.xml" )"
    R"(ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)"
    R"(</Types>)";

const char* const rootRelationships =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    "\n"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" )"
    R"(Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" )"
    R"(Target="xl/workbook.xml"/></Relationships>)";

const char* const workbook =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    "\n"
    R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
    R"(<sheets><sheet name="tiers_lieux" sheetId="1" r:id="rId1"/></sheets></workbook>)";

const char* const workbookRelationships =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    "\n"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" )"
    R"(Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" )"
    R"(Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" )"
    R"(Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" )"
    R"(Target="styles.xml"/></Relationships>)";

// The smallest style sheet spreadsheets accept: one font, the two mandatory fills, one border, one style.
const char* const styles =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    "\n"
    R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<fonts count="1"><font><sz val="10"/><name val="Arial"/><family val="2"/></font></fonts>)"
    R"(<fills count="2"><fill><patternFill patternType="none"/></fill>)"
    R"(<fill><patternFill patternType="gray125"/></fill></fills>)"
    R"(<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>)"
    R"(<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>)"
    R"(<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>)"
    R"(<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>)"
    R"(</styleSheet>)";

QByteArray columnLetters(qsizetype index)
{
    QByteArray letters;
    for (qsizetype n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(char('A' + (n - 1) % 26));
    return letters;
}

} // namespace

XlsxFileWriter::XlsxFileWriter(const QString& path, const QList<Column>& columns)
    : m_path(path), m_columns(columns)
{
    for (qsizetype i = 0; i < columns.size(); ++i)
        m_letters << columnLetters(i);
    CPLErrorReset();
    m_zip = CPLCreateZip(path.toUtf8().constData(), nullptr);
    if (!m_zip)
        fail();
    addPart("[Content_Types].xml", contentTypes);
    addPart("_rels/.rels", rootRelationships);
    addPart("xl/workbook.xml", workbook);
    addPart("xl/_rels/workbook.xml.rels", workbookRelationships);
    addPart("xl/styles.xml", styles);
    if (CPLCreateFileInZip(m_zip, "xl/worksheets/sheet1.xml", nullptr) != CE_None)
        fail();
    m_buffer = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
               "\n"
               R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
               R"(<sheetData>)";
    beginRow();
    for (qsizetype i = 0; i < columns.size(); ++i)
        appendText(i, columns.at(i).name.toUtf8());
    m_buffer += "</row>";
}

XlsxFileWriter::~XlsxFileWriter()
{
    // Only after a failure: the Exporter removes the temporary file.
    if (m_zip) {
        CPLCloseFileInZip(m_zip);
        CPLCloseZip(m_zip);
    }
}

void XlsxFileWriter::fail() const
{
    const QString reason = QString::fromUtf8(CPLGetLastErrorMsg());
    throw Error(
        QCoreApplication::translate("Export", "Cannot write %1: %2")
            .arg(m_path, reason.isEmpty() ? QCoreApplication::translate("Export", "GDAL failed") : reason));
}

void XlsxFileWriter::addPart(const char* name, const QByteArray& content)
{
    if (CPLCreateFileInZip(m_zip, name, nullptr) != CE_None ||
        CPLWriteFileInZip(m_zip, content.constData(), int(content.size())) != CE_None ||
        CPLCloseFileInZip(m_zip) != CE_None)
        fail();
}

void XlsxFileWriter::beginRow()
{
    ++m_row;
    m_buffer += "<row r=\"";
    m_buffer += QByteArray::number(m_row);
    m_buffer += "\">";
}

void XlsxFileWriter::appendText(qsizetype column, const QByteArray& utf8)
{
    if (utf8.isEmpty())
        return;
    m_buffer += "<c r=\"";
    m_buffer += m_letters.at(column);
    m_buffer += QByteArray::number(m_row);
    m_buffer += "\" t=\"inlineStr\"><is><t";
    // Leading or trailing spaces are the value's own: without xml:space they may be dropped on reading.
    const char first = utf8.front(), last = utf8.back();
    if (first == ' ' || first == '\t' || first == '\n' || first == '\r' || last == ' ' || last == '\t' ||
        last == '\n' || last == '\r')
        m_buffer += " xml:space=\"preserve\"";
    m_buffer += '>';
    for (const char c : utf8) {
        switch (c) {
        case '&':
            m_buffer += "&amp;";
            break;
        case '<':
            m_buffer += "&lt;";
            break;
        case '>':
            m_buffer += "&gt;";
            break;
        case '\r': // a literal CR would be read back as a line feed
            m_buffer += "&#13;";
            break;
        case '\t':
        case '\n':
            m_buffer += c;
            break;
        default:
            // Other control characters cannot appear in XML 1.0, not even escaped: left out.
            if (static_cast<unsigned char>(c) >= 0x20)
                m_buffer += c;
        }
    }
    m_buffer += "</t></is></c>";
}

void XlsxFileWriter::write(const QVariantList& values, const std::optional<double>&,
                           const std::optional<double>&)
{
    beginRow();
    for (qsizetype i = 0; i < values.size() && i < m_letters.size(); ++i) {
        const QVariant& v = values.at(i);
        if (v.isNull())
            continue;
        QByteArray number;
        switch (v.typeId()) {
        case QMetaType::Double:
            number = QByteArray::number(v.toDouble(), 'f', QLocale::FloatingPointShortest);
            break;
        case QMetaType::LongLong:
        case QMetaType::Int:
            number = QByteArray::number(v.toLongLong());
            break;
        default:
            appendText(i, v.toString().toUtf8());
            continue;
        }
        m_buffer += "<c r=\"";
        m_buffer += m_letters.at(i);
        m_buffer += QByteArray::number(m_row);
        m_buffer += "\"><v>";
        m_buffer += number;
        m_buffer += "</v></c>";
    }
    m_buffer += "</row>";
    if (m_buffer.size() > (1 << 20))
        flushBuffer();
}

void XlsxFileWriter::flushBuffer()
{
    if (!m_buffer.isEmpty() &&
        CPLWriteFileInZip(m_zip, m_buffer.constData(), int(m_buffer.size())) != CE_None)
        fail();
    m_buffer.clear();
}

void XlsxFileWriter::finish()
{
    m_buffer += "</sheetData></worksheet>";
    flushBuffer();
    CPLErrorReset();
    const CPLErr closedFile = CPLCloseFileInZip(m_zip);
    const CPLErr closedZip = CPLCloseZip(m_zip);
    m_zip = nullptr;
    if (closedFile != CE_None || closedZip != CE_None || CPLGetLastErrorType() >= CE_Failure)
        fail();
}

} // namespace recoupe::exporting

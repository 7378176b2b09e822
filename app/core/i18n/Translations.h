// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace recoupe::i18n {

// Installs Recoupe's and Qt's translations for `language` ("fr", "en"; empty: the system locale,
// French when the system speaks French, else English). Returns the language installed.
QString install(const QString& language = QString());

} // namespace recoupe::i18n

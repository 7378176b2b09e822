// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/PointSelection.h"

#include "map/PointIndex.h"

#include <algorithm>

namespace recoupe::map {

PointSelection::PointSelection(const PointIndex& index, const QList<qint64>& ids)
{
    m_indices.reserve(ids.size());
    for (qint64 id : ids)
        if (const auto found = index.indexOf(id))
            m_indices.push_back(*found);
    std::sort(m_indices.begin(), m_indices.end());
    m_indices.erase(std::unique(m_indices.begin(), m_indices.end()), m_indices.end());
    if (!m_indices.empty()) {
        m_mask.assign(static_cast<std::size_t>(index.size()), false);
        for (quint32 i : m_indices)
            m_mask[i] = true;
    }
}

bool PointSelection::intersects(quint32 begin, quint32 count) const
{
    const auto it = std::lower_bound(m_indices.begin(), m_indices.end(), begin);
    return it != m_indices.end() && *it < begin + count;
}

} // namespace recoupe::map

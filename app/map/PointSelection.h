// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <memory>
#include <vector>

namespace recoupe::map {

class PointIndex;

// The selected places resolved against one PointIndex: quick "is this point selected" for drawing, and
// "does this cluster hold a selected point" (indices are sorted and clusters are index ranges).
class PointSelection
{
public:
    PointSelection() = default;
    PointSelection(const PointIndex& index, const QList<qint64>& ids);

    bool isEmpty() const { return m_indices.empty(); }
    qsizetype size() const { return static_cast<qsizetype>(m_indices.size()); }
    bool contains(quint32 index) const { return index < m_mask.size() && m_mask[index]; }
    bool intersects(quint32 begin, quint32 count) const;
    const std::vector<quint32>& indices() const { return m_indices; }

private:
    std::vector<bool> m_mask;
    std::vector<quint32> m_indices; // sorted
};

} // namespace recoupe::map

#pragma once

namespace spinhance::io {

/// Group delay (in points) of a Bruker digital filter from the DSPFVS/DECIM table used by TopSpin
/// before GRPDLY was stored; 0 when the pair is not in the table (analogue filter or no filter).
double brukerGroupDelayFromTable(double dspfvs, double decim);

/// GRPDLY when it is positive, else the table value.
double brukerGroupDelay(double grpdly, double dspfvs, double decim);

} // namespace spinhance::io

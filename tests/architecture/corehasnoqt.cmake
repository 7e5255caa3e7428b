# CTest script: core/ must stay Qt-free. Fails if any core source includes a Qt header, or if the
# headless CLI (which links all of spinhance::core and nothing of ui/) itself needs a Qt library.
# Only the CLI's own NEEDED entries are checked: Debian's LibTorch pulls Qt 5 in transitively
# (libtorch_cpu -> libopencv_highgui -> libQt5Core), which no build of ours can change; PyTorch's
# LibTorch on the GPU machines has no such dependency.
file(GLOB_RECURSE sources ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/core/*.cpp)
set(offenders "")
foreach(file IN LISTS sources)
  file(STRINGS ${file} lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](Q[A-Za-z]+|qcustomplot)")
  if(lines)
    list(APPEND offenders "${file}: ${lines}")
  endif()
endforeach()
if(offenders)
  message(FATAL_ERROR "Qt headers included in core/:\n${offenders}")
endif()
execute_process(COMMAND readelf -d ${CLI} OUTPUT_VARIABLE libs RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "readelf -d ${CLI} failed")
endif()
if(libs MATCHES "NEEDED[^\n]*libQt")
  message(FATAL_ERROR "spinhance-cli (all of core) links Qt:\n${libs}")
endif()
list(LENGTH sources count)
message(STATUS "${count} core files checked; spinhance-cli links no Qt")

# Every third-party package is found here once, so the rooms below only link targets.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(Eigen3 3.3 REQUIRED NO_MODULE)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(Boost 1.74 REQUIRED COMPONENTS program_options)
find_package(HDF5 REQUIRED COMPONENTS C CXX)
pkg_check_modules(FFTW3 REQUIRED IMPORTED_TARGET fftw3)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
find_package(ZLIB REQUIRED)
# The whole application can build against another LibTorch than Debian's CPU one, e.g. PyTorch's
# CUDA build, so that Settings > Compute device can pick the GPU:
#   -DSPINHANCE_LIBTORCH_DIR="$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)')"
set(SPINHANCE_LIBTORCH_DIR "" CACHE PATH
    "CMake folder of a LibTorch to build against (holds Torch/TorchConfig.cmake); empty: Debian's")
if(SPINHANCE_LIBTORCH_DIR)
  if(NOT EXISTS "${SPINHANCE_LIBTORCH_DIR}/Torch/TorchConfig.cmake")
    message(FATAL_ERROR "SPINHANCE_LIBTORCH_DIR=${SPINHANCE_LIBTORCH_DIR}: expected the CMake "
            "folder of a LibTorch, holding Torch/TorchConfig.cmake (for PyTorch: python3 -c "
            "'import torch; print(torch.utils.cmake_prefix_path)')")
  endif()
  find_package(Torch REQUIRED PATHS "${SPINHANCE_LIBTORCH_DIR}" NO_DEFAULT_PATH)
  message(STATUS "LibTorch from SPINHANCE_LIBTORCH_DIR: ${Torch_DIR}")
else()
  find_package(Torch REQUIRED)
endif()
# Structure → spin system (core/structure): SMILES/MOL/SDF parsing, graph symmetry, aromaticity.
if(SPINHANCE_WITH_RDKIT)
  find_package(RDKit REQUIRED)
endif()
# TorchConfig adds its flags to CMAKE_CXX_FLAGS; keep them but make sure nothing else leaks from it.
if(SPINHANCE_BUILD_GUI)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets PrintSupport Svg Test LinguistTools)
  find_package(QCustomPlotQt6 REQUIRED)
endif()
if(SPINHANCE_BUILD_TESTS)
  find_package(GTest REQUIRED)
  include(GoogleTest)
endif()
if(SPINHANCE_BUILD_BENCH)
  find_package(benchmark REQUIRED)
endif()

# FindRDKit: Debian 12's librdkit-dev ships headers and shared libraries but no CMake package
# config, so this module finds them and defines one imported target per library we use:
# RDKit::GraphMol, RDKit::SmilesParse, RDKit::FileParsers, RDKit::RDGeneral, plus RDKit::RDKit
# (all of them). RDKit's headers include Boost, which the project finds anyway.
find_path(RDKit_INCLUDE_DIR GraphMol/ROMol.h PATH_SUFFIXES rdkit)
set(_rdkit_components GraphMol SmilesParse FileParsers MolStandardize ChemTransforms
    SubstructMatch Depictor RDGeometryLib DataStructs RDGeneral)
set(_rdkit_required RDKit_INCLUDE_DIR)
foreach(component IN LISTS _rdkit_components)
  find_library(RDKit_${component}_LIBRARY NAMES RDKit${component})
  list(APPEND _rdkit_required RDKit_${component}_LIBRARY)
endforeach()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(RDKit REQUIRED_VARS ${_rdkit_required})

if(RDKit_FOUND AND NOT TARGET RDKit::RDKit)
  add_library(RDKit::RDKit INTERFACE IMPORTED)
  foreach(component IN LISTS _rdkit_components)
    add_library(RDKit::${component} UNKNOWN IMPORTED)
    set_target_properties(RDKit::${component} PROPERTIES
      IMPORTED_LOCATION ${RDKit_${component}_LIBRARY}
      INTERFACE_INCLUDE_DIRECTORIES ${RDKit_INCLUDE_DIR})
    target_link_libraries(RDKit::RDKit INTERFACE RDKit::${component})
  endforeach()
endif()
mark_as_advanced(RDKit_INCLUDE_DIR)

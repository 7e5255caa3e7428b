# Warnings and sanitizers travel through INTERFACE targets, so every target opts in by linking them.
add_library(spinhance_warnings INTERFACE)
add_library(spinhance::warnings ALIAS spinhance_warnings)
target_compile_options(spinhance_warnings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor
    -Wcast-align -Woverloaded-virtual -Wno-unused-parameter>)

add_library(spinhance_sanitizers INTERFACE)
add_library(spinhance::sanitizers ALIAS spinhance_sanitizers)
if(SPINHANCE_SANITIZE)
  target_compile_options(spinhance_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(spinhance_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

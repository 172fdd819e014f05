# Flags every Tandem target shares, carried by one INTERFACE target.
add_library(tandem_common INTERFACE)
# Headers are included by their path from the source root ("sync/engine/syncrun.h"), so two
# files of one name in different folders cannot be confused.
target_include_directories(tandem_common INTERFACE ${PROJECT_SOURCE_DIR})
target_compile_options(tandem_common INTERFACE -Wall -Wextra -Wpedantic)
# CI builds with TANDEM_WERROR (`./tandem.sh test` with CI=true): a new warning fails it.
option(TANDEM_WERROR "Treat compiler warnings in Tandem's own code as errors" OFF)
if(TANDEM_WERROR)
    target_compile_options(tandem_common INTERFACE -Werror)
endif()
# Strings are converted on purpose, not by accident: no implicit const char* <-> QString, `%`/`+`
# build a QString in one allocation, and a connect() cannot narrow an argument silently.
# Qt 6.4 has no QT_DISABLE_DEPRECATED_UP_TO (added in 6.5); in 6.4 QT_DISABLE_DEPRECATED_BEFORE
# does its job: QT_DEPRECATED_SINCE(6, 4) is false, so every API deprecated up to 6.4 is gone.
target_compile_definitions(tandem_common INTERFACE
    QT_NO_KEYWORDS
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# The version and application id reach the code through a generated header, not a compile
# definition: a version bump then rebuilds only the files that include "version.h".
configure_file(${CMAKE_CURRENT_LIST_DIR}/version.h.in ${PROJECT_BINARY_DIR}/generated/version.h)
target_include_directories(tandem_common INTERFACE ${PROJECT_BINARY_DIR}/generated)

# tandem_add_test(<name> SOURCES <files...> [LIBS <targets...>] [LABELS <labels...>])
# One Qt Test executable per area, registered with ctest under its own name. A test labelled
# `timing` asserts a time threshold (an event-loop gap, requests per second): it runs alone, so that another test's
# load on a 2-core machine cannot fail it.
function(tandem_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE tandem_common Qt6::Test ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;TANDEM_BUILD_DIR=${PROJECT_BINARY_DIR}"
        TIMEOUT 300)
    if(ARG_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
    if("timing" IN_LIST ARG_LABELS)
        set_tests_properties(${name} PROPERTIES RUN_SERIAL TRUE)
    endif()
endfunction()

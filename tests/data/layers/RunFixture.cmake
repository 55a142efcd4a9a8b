# Configures and builds the fixture library over fixture/<TREE> in a fresh folder and checks the
# outcome: EXPECT=pass, or EXPECT=fail with the build's output matching MESSAGE.
#   cmake -DMODERATION_SOURCE_DIR=… -DWORK=… -DTREE=upward -DEXPECT=fail -DMESSAGE=regex -P RunFixture.cmake
file(REMOVE_RECURSE "${WORK}/${TREE}")
set(_build "${WORK}/${TREE}")
execute_process(
    COMMAND ${CMAKE_COMMAND} -S ${CMAKE_CURRENT_LIST_DIR} -B ${_build} -G Ninja
            -DMODERATION_SOURCE_DIR=${MODERATION_SOURCE_DIR} -DFIXTURE=${CMAKE_CURRENT_LIST_DIR}/fixture/${TREE}
    RESULT_VARIABLE _configured OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
if(NOT _configured EQUAL 0)
    message(FATAL_ERROR "configuring the fixture failed:\n${_out}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${_build}
                RESULT_VARIABLE _built OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
if(EXPECT STREQUAL "pass")
    if(NOT _built EQUAL 0)
        message(FATAL_ERROR "the build of fixture/${TREE} failed, and should not have:\n${_out}")
    endif()
else()
    if(_built EQUAL 0)
        message(FATAL_ERROR "the build of fixture/${TREE} succeeded, and should have failed")
    endif()
    if(NOT _out MATCHES "${MESSAGE}")
        message(FATAL_ERROR "the build of fixture/${TREE} failed without saying '${MESSAGE}':\n${_out}")
    endif()
endif()
message(STATUS "fixture/${TREE}: ${EXPECT}, as expected")

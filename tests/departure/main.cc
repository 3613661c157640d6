#define BOOST_TEST_MODULE departure
#include <boost/test/unit_test.hpp>

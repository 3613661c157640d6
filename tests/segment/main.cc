#define BOOST_TEST_MODULE segment
#include <boost/test/unit_test.hpp>

#include <vector>

// Sums the even values; "even" means v % 2 == 0.
template<typename T>
T sumEven(const std::vector<T> &values)
{
    T total{};
    for (const T &v : values) {
        if (v % 2 == 0 && v > 0)
            total += v; /* keep < and & escaped */
    }
    return total + 0x1F;
}

#include "CTermSupport.h"
#include <wchar.h>

int wcwidth(wchar_t c);

int cts_wcwidth(uint32_t c) { return wcwidth((wchar_t)c); }

#include "core/logging.h"

Q_LOGGING_CATEGORY(lcCore, "quoteshelf.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLibrary, "quoteshelf.library", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "quoteshelf.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExtract, "quoteshelf.extract", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRender, "quoteshelf.render", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWeb, "quoteshelf.web", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "quoteshelf.ui", QtInfoMsg)

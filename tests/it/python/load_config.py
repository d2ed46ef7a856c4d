"""Loads ~/.vss-cli/config.yaml (or argv[1]) with the Python vss-cli's own loader and prints
what it understood, as JSON: the general settings and each endpoint's url, name, auth, token."""
import json
import os
import sys

from vss_cli.config import Configuration

path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.environ['HOME'], '.vss-cli', 'config.yaml')
ctx = Configuration()
ctx.config_path = path
cf = ctx.load_config_file(path)
print(json.dumps({
    'general': {'default_endpoint_name': cf.general.default_endpoint_name,
                'output': cf.general.output, 'timeout': cf.general.timeout,
                'table_format': cf.general.table_format,
                'check_for_updates': cf.general.check_for_updates},
    'endpoints': [{'url': e.url, 'name': e.name, 'auth': e.auth, 'token': e.token}
                  for e in (cf.endpoints or [])],
}))

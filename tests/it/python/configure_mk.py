"""Keeps an endpoint the way `vss-cli configure mk` of the Python vss-cli does, with the real
package: the user name, password and API token go to its credentials backend (on Linux the
encrypted ~/.vss-cli/credentials.enc), the token also to the endpoint's `token:` in
~/.vss-cli/config.yaml, which is made from the package's template, and the endpoint becomes the
default.

usage: python configure_mk.py URL NAME USER [TOKEN]
The password comes from $VSS_USER_PASS. Without TOKEN the package logs in to URL for one.
Prints the name of the backend that took the secrets.
"""
import os
import sys

from vss_cli.config import Configuration
from vss_cli.credentials.base import detect_backend

url, name, user = sys.argv[1:4]
token = sys.argv[4] if len(sys.argv) > 4 else None

ctx = Configuration()
ctx.config_path = os.path.join(os.environ['HOME'], '.vss-cli', 'config.yaml')
os.makedirs(os.path.dirname(ctx.config_path), exist_ok=True)
ctx.endpoint = url
ctx.endpoint_name = name
ctx.username = user
ctx.password = os.environ['VSS_USER_PASS']
if token:
    ctx.api_token = token
ctx.write_config_file(new_endpoint=ctx._create_endpoint_config(token=token))
general = ctx.load_config_file(ctx.config_path).general
general.default_endpoint_name = name
general.check_for_updates = False
general.check_for_messages = False
ctx.write_config_file(config_general=general)
print(type(detect_backend()).__name__)
